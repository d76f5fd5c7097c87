// Legislative history in California's official style (California Style Manual
// § 3:14): a committee analysis, floor report or the Legislative Counsel's Digest
// of a numbered bill, "Sen. Com. on Public Safety, Analysis of Sen. Bill No. 1038
// (2013-2014 Reg. Sess.) as amended Mar. 28, 2014, p. 4", and its later short forms
// ("Assem. Com. on Public Safety, Analysis of Assem. Bill No. 666, at p. 6").

extension Parser {
    /// StateLegislativeHistory = Body { "," Body } "," Document Bill [Session] [Version] [PinClause] ;
    /// Body     = ("Sen." | "Assem." | "Legis.") Words ;
    /// Bill     = ("Sen." | "Assem.") "Bill No." Num ;
    /// Session  = "(" Years "Reg. Sess." | "Ex. Sess." ")" ;
    /// Version  = "as" ("amended" | "introduced" | "passed") Month Day "," Year ;
    ///
    /// The body and the document name ("Analysis of", "Rep. on", "Dig.") come before
    /// the bill; a bill named alone ("Sen. Bill No. 1038") is a mention, not a cite.
    mutating func parseStateLegislativeHistory(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "Sen") || equals(i, "Assem") || equals(i, "Legis"), isKind(i + 1, .period),
              let bill = billAhead(from: i + 2, limit: limit) else { return nil }
        var k = bill.end
        var session: String? = nil
        if isKind(k, .openParen) {
            var close = k + 1
            while close < min(limit, k + 12), !isKind(close, .closeParen) { close += 1 }
            if close < limit, isKind(close, .closeParen), (k + 1..<close).contains(where: { equals($0, "Sess") }) {
                session = text(k + 1, through: close - 1)
                k = close + 1
            }
        }
        var end = k
        // "as amended Mar. 28, 2014"
        if equals(k, "as"), equals(k + 1, "amended") || equals(k + 1, "introduced") || equals(k + 1, "passed"),
           isKind(k + 2, .word), tables.months[ReferenceTables.monthKey(text(k + 2))] != nil {
            var d = k + 3
            if isKind(d, .period) { d += 1 }
            if isKind(d, .number), isKind(d + 1, .comma), isYear(d + 2) { end = d + 3; k = end }
        }
        var pin: String? = nil
        if isKind(k, .comma), equals(k + 1, "at") || equals(k + 1, "p") || equals(k + 1, "pp"),
           let pl = parsePinList(at: k + 1, limit: limit) {
            pin = pl.text
            end = pl.end
        }
        // the body, set off by its last comma from the document's name
        let body = bill.start - 1 > i ? text(i, through: bill.start - 1) : ""
        var author: String? = nil
        var document = body
        if let comma = body.lastIndex(of: ","), body[body.index(after: comma)...].contains(where: { !$0.isWhitespace }) {
            author = String(body[..<comma]).trimmedWhitespace()
            document = String(body[body.index(after: comma)...]).trimmedWhitespace()
        }
        document = document.trimmedWhitespace()
        if document.hasSuffix(",") { document = String(document.dropLast()).trimmedWhitespace() }
        var c = Citation(kind: .legislative, span: span(i, end - 1))
        c.reporter = bill.chamber + " Bill"
        c.section = bill.number
        c.volume = session
        c.author = author
        // the title names the bill: "Analysis of Sen. Bill No. 1038", "Legis. Counsel's Dig., Sen. Bill No. 1038"
        let billText = text(bill.start, through: bill.end - 1)
        c.title = document.isEmpty ? billText
            : document + (document.hasSuffix(" of") || document.hasSuffix(" on") ? " " : ", ") + billText
        c.pincite = pin
        if let s = session, let y = Int(s.prefix(4)) { c.year = y }
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// The bill ("Sen. Bill No. 1038", "Assem. Bill No. 666") within a few words of
    /// `from`, after at least one word of body or document name, with nothing
    /// between but words, periods and commas.
    func billAhead(from k0: Int, limit: Int) -> (start: Int, end: Int, chamber: String, number: String)? {
        var k = k0
        while k + 5 < limit, k < k0 + 24 {
            if equals(k, "Sen") || equals(k, "Assem"), isKind(k + 1, .period), equals(k + 2, "Bill"), equals(k + 3, "No"),
               isKind(k + 4, .period), isKind(k + 5, .number) {
                guard k > k0 else { return nil }
                return (k, k + 6, text(k) + ".", text(k + 5))
            }
            switch tokens[k].kind {
            case .word, .period, .comma: k += 1
            default: return nil
            }
        }
        return nil
    }
}
