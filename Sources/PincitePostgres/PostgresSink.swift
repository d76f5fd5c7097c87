import PostgresNIO
import PinciteBatch

// PostgresSink: `pincite batch --postgres URL` (being built).
