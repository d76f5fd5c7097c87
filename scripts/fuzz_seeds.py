#!/usr/bin/env python3
"""Seeds for the batch-reader fuzz targets (FuzzCSV, FuzzJSONRecords, FuzzCompressed).

    scripts/fuzz_seeds.py OUTDIR

Writes OUTDIR/csv, OUTDIR/json and OUTDIR/compressed. Every seed starts with the
target's control byte (see the comment at the top of each target) followed by its
input: CourtListener CSV dumps, JSON Lines, CAP cases and volumes, and their gzip,
bzip2 and zstd streams, all built from the opinions committed under Corpus/batch and
Corpus/formats (cut to a few KB so that the fuzzer runs fast), plus broken variants
(unterminated quote, short row, truncated stream, trailing garbage) and records in
the targets' round-trip form (0xFF between records, 0xFE between fields). Generated
on each run of scripts/fuzz.sh; nothing binary is committed.
"""
import bz2
import gzip
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SNIP = 3000


def corpus():
    """(name, bytes) of the corpus inputs, each cut to SNIP bytes."""
    out = []
    for folder in ("batch", "formats"):
        for f in sorted((ROOT / "Corpus" / folder).iterdir()):
            if f.suffix in (".txt", ".html", ".xml", ".json"):
                out.append((f.name, f.read_bytes()))
    return out


def zstd(data):
    return subprocess.run(["zstd", "-q", "-c", "-3"], input=data, stdout=subprocess.PIPE, check=True).stdout


def csv_field(b, backslash):
    if backslash:
        b = b.replace(b"\\", b"\\\\").replace(b'"', b'\\"')
    else:
        b = b.replace(b'"', b'""')
    return b'"' + b + b'"'


def cl_csv(docs, backslash=False, crlf=False):
    """A CourtListener-style FORCE_QUOTE dump: id, a few metadata columns, text columns."""
    cols = [b"id", b"date_created", b"author_str", b"plain_text", b"html", b"html_with_citations", b"xml_harvard"]
    end = b"\r\n" if crlf else b"\n"
    rows = [b",".join(csv_field(c, backslash) for c in cols)]
    for i, (name, text) in enumerate(docs):
        text = text[:SNIP]
        col = {".txt": 3, ".html": 4, ".xml": 6}.get(pathlib.Path(name).suffix, 5)
        fields = [str(1000 + i).encode(), b"2024-01-01 00:00:00+00", b"Judge \"Doe\" \\ X", b"", b"", b"", b""]
        fields[col] = text
        rows.append(b",".join(csv_field(f, backslash) for f in fields))
    return end.join(rows) + end


def jsonl(docs):
    lines = []
    for i, (name, text) in enumerate(docs):
        s = text[:SNIP].decode("utf-8", "replace")
        suffix = pathlib.Path(name).suffix
        if suffix == ".json":
            try:
                obj = json.loads(text)
                lines.append(json.dumps(obj, ensure_ascii=(i % 2 == 0))[:SNIP * 2].encode())
                continue
            except ValueError:
                pass
        key = {".txt": "text", ".html": "html", ".xml": "xml"}.get(suffix, "text")
        obj = {"id": f"op-{i}" if i % 3 else i, key: s}
        lines.append(json.dumps(obj, ensure_ascii=(i % 2 == 1)).encode())
    return b"\n".join(lines) + b"\n"


def cap_volume(docs):
    cases = []
    for i, (name, text) in enumerate(docs):
        s = text[:SNIP].decode("utf-8", "replace")
        cases.append({"id": 5000 + i, "name_abbreviation": name, "casebody": {"status": "ok", "data": s}})
    return json.dumps(cases, indent=1).encode()


def records(pairs):
    """The round-trip form: fields joined by 0xFE, records by 0xFF."""
    return b"\xff".join(b"\xfe".join(fields) for fields in pairs)


def write(folder, name, control, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(bytes([control]) + data)


def main():
    out = pathlib.Path(sys.argv[1])
    docs = corpus()
    small = [(n, t[:SNIP]) for n, t in docs]
    texts = [t for _, t in small]

    # FuzzCSV: raw dumps (control: escape in bits 0-1), broken ones, round-trip rows (bit 3)
    d = out / "csv"
    write(d, "doubled.csv", 1, cl_csv(docs))
    write(d, "backslash.csv", 2, cl_csv(docs, backslash=True))
    write(d, "auto_crlf.csv", 0, cl_csv(docs, crlf=True))
    dump = cl_csv(docs[:3])
    write(d, "unterminated.csv", 0, dump[:-40] + b"\n" + cl_csv(docs[3:5]).split(b"\n", 1)[1])
    write(d, "short_row.csv", 1, dump + b'"77","2024"\n\n' + cl_csv(docs[5:6]).split(b"\n", 1)[1])
    write(d, "bom_limit.csv", 4, b"\xef\xbb\xbf" + cl_csv(docs[:2]))
    write(d, "unquoted.csv", 0, b"id,plain_text,html\n1,a text,\n2,,<p>html</p>\n3,\"quoted, with comma\",\n")
    write(d, "no_header.csv", 0, b"hello,world\n1,2\n")
    rows = [(str(i).encode(), t[:400], b"" if i % 2 else b"<p>" + t[:200] + b"</p>", b"Doe") for i, t in enumerate(texts)]
    write(d, "roundtrip_doubled.rt", 8 | 1, records(rows))
    write(d, "roundtrip_backslash_crlf.rt", 8 | 2 | 16, records(rows))
    write(d, "roundtrip_auto_blank_htmlfirst.rt", 8 | 32 | 64, records(rows + [(b"", b"", b"", b"")]))

    # FuzzJSONRecords: raw JSON Lines (0), raw CAP (1), JSON Lines (2) and volume (3) round trips
    d = out / "json"
    write(d, "lines.jsonl", 0, jsonl(docs))
    write(d, "lines_limit.jsonl", 4, jsonl(docs[:4]))
    write(d, "broken.jsonl", 0, b'{"id": "a", "text": "ok"}\n\n{"id": "b", "text": "cut\n{"id": 3, "html": 5}\n'
          b'{"id": "c", "text": "x"} trailing\n[1, 2]\n{"id": "\\u00e9", "xml": "<casebody/>"}\n   \n{}')
    write(d, "bom.jsonl", 0, b"\xef\xbb\xbf" + jsonl(docs[:2]))
    for name, text in docs:
        if name.endswith(".json"):
            write(d, "case_" + name, 1, text[:SNIP * 3])
    write(d, "volume.json", 1, cap_volume(docs))
    write(d, "volume_broken.json", 1, cap_volume(docs[:3])[:-30])
    recs = [(f"id-{i}".encode(), t[:300], bytes([i * 9 % 256 & 0xFD])) for i, t in enumerate(texts)]
    for style in range(8):
        write(d, f"roundtrip_lines_{style}.rt", 2 | style << 3, records(recs))
        write(d, f"roundtrip_volume_{style}.rt", 3 | style << 3, records(recs))

    # FuzzCompressed: raw compressed files of every shape (0), round trips (1 gzip, 2 bzip2, 3 zstd)
    d = out / "compressed"
    for label, data in (("text", texts[0]), ("jsonl", jsonl(docs[:4])), ("csv", cl_csv(docs[:3])),
                        ("volume", cap_volume(docs[:3]))):
        write(d, f"{label}.gz", 0, gzip.compress(data))
        write(d, f"{label}.bz2", 0, bz2.compress(data))
        write(d, f"{label}.zst", 0, zstd(data))
    write(d, "members.gz", 0, gzip.compress(texts[1]) + gzip.compress(texts[2]))
    write(d, "streams.bz2", 0, bz2.compress(texts[1]) + bz2.compress(texts[2]))
    write(d, "frames.zst", 0, zstd(texts[1]) + zstd(texts[2]))
    write(d, "truncated.gz", 0, gzip.compress(texts[3])[:200])
    write(d, "garbage_after.zst", 0, zstd(texts[3]) + b"GARBAGE")
    write(d, "xz_magic", 0, b"\xfd7zXZ\x00" + texts[0][:100])
    for n, t in small[:3]:
        write(d, "plain_" + n, 0, t)
    payload = b"\xff".join(t[:800] for t in texts[:3])
    lines = jsonl(docs[:3]).replace(b"\n{", b"\n\xff{", 1)
    for codec in (1, 2, 3):
        write(d, f"roundtrip_{codec}.rt", codec, payload)
        write(d, f"roundtrip_{codec}_jsonl.rt", codec | 8, lines)
        write(d, f"roundtrip_{codec}_cut.rt", codec | 7 << 4, payload)
        write(d, f"roundtrip_{codec}_jsonl_cut_limit.rt", codec | 8 | 4 | 11 << 4, lines)


if __name__ == "__main__":
    main()
