// GapStore: placeholder until the store lands.
import CSQLite
