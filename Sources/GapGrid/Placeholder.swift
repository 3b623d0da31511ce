// GapGrid: placeholder until the grid work lands (replaced by the grid parser and expander).
import Yams
