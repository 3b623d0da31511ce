// GapGridTests: placeholder until its module's work lands.
