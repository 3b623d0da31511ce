// GapTensor: placeholder until the trainer work lands (replaced by the tensor kernels).
import CBLAS
