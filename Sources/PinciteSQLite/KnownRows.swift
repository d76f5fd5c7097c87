// KnownRows: what the writer has already seen in the database, so that the
// authorities and aliases every document repeats skip their lookups.
//
// Why: a document carries ~15 authority rows and a few aliases, and most of
// them are already there (a popular case is cited by thousands of opinions).
// Each needed an index lookup (authorities) or an insert with two NOT EXISTS
// probes (aliases) on the one writer thread, which is what bounds a batch
// into SQLite once two workers parse.
//
// Only facts later writes cannot undo are kept: an authority once present
// stays (rows are never deleted, a name is only ever filled), and an alias
// pair once tried gives the same answer again (its insert only ever adds
// rows, so its conditions can only turn false). A rolled-back document may
// have added rows that are gone again, so the writer forgets everything then.
// The sets are bounded: past `limit` entries they are simply emptied.

/// Authorities and alias pairs known to be settled in the database.
struct KnownRows {
    static let limit = 1_000_000

    /// Authority ids present with a name.
    private var named: Set<String> = []
    /// Authority ids present without a name (a later cite may fill it).
    private var unnamed: Set<String> = []
    /// Alias pairs already inserted or refused.
    private var aliases: Set<AliasPair> = []

    private struct AliasPair: Hashable {
        var alias: String
        var authority: String
    }

    /// Whether writing an authority row with this key and name would change nothing.
    func authoritySettled(_ key: String, hasName: Bool) -> Bool {
        named.contains(key) || (!hasName && unnamed.contains(key))
    }

    /// Records that the authority is in the database, with or without a name.
    mutating func noteAuthority(_ key: String, named hasName: Bool) {
        if named.count + unnamed.count >= KnownRows.limit { forget() }
        if hasName {
            named.insert(key)
            unnamed.remove(key)
        } else {
            unnamed.insert(key)
        }
    }

    func aliasTried(_ alias: String, _ authority: String) -> Bool {
        aliases.contains(AliasPair(alias: alias, authority: authority))
    }

    mutating func noteAlias(_ alias: String, _ authority: String) {
        if aliases.count >= KnownRows.limit { aliases.removeAll() }
        aliases.insert(AliasPair(alias: alias, authority: authority))
    }

    /// Forgets everything (after a rollback).
    mutating func forget() {
        named.removeAll()
        unnamed.removeAll()
        aliases.removeAll()
    }
}
