import GRDB
import PinciteBatch

// SQLiteSink: the embedded default database of `pincite batch --db` (being built).
