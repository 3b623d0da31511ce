// GapReport: placeholder until the report work lands.
