// GapDataTests: placeholder until its module's work lands.
