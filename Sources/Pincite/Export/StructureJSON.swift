// StructureJSON: the opinion-tree keys of the `pincite/1` document — caption,
// sections, paragraphs, block_quotes, footnotes, signature — with spans into
// the original input and every key present (null or [] when unknown).

extension Document {
    func writeCaption(_ w: inout JSONWriter) {
        let c = tree.caption
        w.beginObject()
        w.key("court"); w.string(c.court)
        w.key("district"); w.string(c.district)
        w.key("parties"); w.beginObject()
        w.key("plaintiffs"); w.beginArray(); for p in c.plaintiffs { w.string(p) }; w.endArray()
        w.key("defendants"); w.beginArray(); for p in c.defendants { w.string(p) }; w.endArray()
        w.key("et_al"); w.bool(c.etAl)
        w.endObject()
        w.key("docket"); w.string(c.docket)
        w.key("title"); w.string(c.documentTitle)
        w.key("publication_status"); w.string(c.publicationStatus)
        w.key("judge"); w.string(c.judge)
        w.key("judge_title"); w.string(c.judgeTitle)
        w.key("date"); w.string(c.date ?? c.filedStamp?.filed)
        w.key("place"); w.string(c.place)
        w.key("filed_stamp")
        if let f = c.filedStamp {
            w.beginObject()
            w.key("case_number"); w.string(f.caseNumber)
            w.key("document"); w.string(f.document)
            w.key("filed"); w.string(f.filed)
            w.key("pages"); w.int(f.pages)
            w.endObject()
        } else { w.null() }
        w.key("reporter_citations"); w.beginArray(); for r in c.reporterCitations { w.string(r) }; w.endArray()
        w.key("span"); if let s = c.span { writeSpan(&w, s) } else { w.null() }
        w.endObject()
    }

    func writeStructure(_ w: inout JSONWriter) {
        w.key("sections"); w.beginArray()
        for s in tree.sections {
            w.beginObject()
            w.key("id"); w.int(s.id)
            w.key("number"); w.string(s.number)
            w.key("heading"); w.string(s.heading)
            w.key("level"); w.int(s.level)
            w.key("parent"); w.int(s.parent)
            w.key("span"); writeSpan(&w, s.span)
            w.key("location"); w.beginObject(); w.key("page"); w.int(s.page); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.key("paragraphs"); w.beginArray()
        for p in tree.paragraphs {
            w.beginObject()
            w.key("span"); writeSpan(&w, p.span)
            w.key("location"); w.beginObject(); w.key("page"); w.int(p.page); w.key("section"); w.int(p.section); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.key("block_quotes"); w.beginArray()
        for q in tree.blockQuotes {
            w.beginObject()
            w.key("span"); writeSpan(&w, q.span)
            w.key("location"); w.beginObject(); w.key("page"); w.int(q.page); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.key("footnotes"); w.beginArray()
        for f in tree.footnotes {
            w.beginObject()
            w.key("label"); w.string(f.label)
            w.key("span"); writeSpan(&w, f.span)
            w.key("marker_span"); if let m = f.markerSpan { writeSpan(&w, m) } else { w.null() }
            w.key("page"); w.int(f.page)
            w.key("marker_page"); w.int(f.markerPage)
            w.key("continued"); w.beginArray()
            for c in f.continuations {
                w.beginObject()
                w.key("span"); writeSpan(&w, c)
                w.key("page"); w.int(layout.page(at: c.start))
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("opinions"); w.beginArray()
        for o in tree.opinions {
            w.beginObject()
            w.key("type"); w.string(o.type)
            w.key("author"); w.string(o.author)
            w.key("span"); writeSpan(&w, o.span)
            w.endObject()
        }
        w.endArray()
        w.key("head_matter"); w.beginArray()
        for h in tree.headMatter {
            w.beginObject()
            w.key("kind"); w.string(h.kind)
            w.key("span"); writeSpan(&w, h.span)
            w.endObject()
        }
        w.endArray()
        w.key("signature"); if let s = tree.signature { writeSpan(&w, s) } else { w.null() }
    }
}
