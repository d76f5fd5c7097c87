#!/usr/bin/env python3
"""Writes the adversarial shapes of Corpus/adversarial/README.md at a given size.

    scripts/adversarial.py OUTDIR SIZE [SHAPE...]     # SIZE in bytes (suffix K or M allowed)

Each shape is written to OUTDIR/<shape>.<ext>, at SIZE bytes or just over. The
tests build the same shapes small (Tests/PinciteTests/AdversarialInputs.swift);
this full-size version feeds Benchmarks/complexity.py.
"""
import glob
import os
import sys

W = "Wooldridge v. State, 239 S.W.3d 151, 153\u201354 (Mo. App. E.D. 2007)."  # 003_doctor_moctapp_jagels_v_state.txt
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def prose():
    """The plain-text opinions of the corpus, joined: ordinary input."""
    files = sorted(glob.glob('/work/shared/corpus-dev/*.txt')) or sorted(glob.glob(os.path.join(ROOT, 'Corpus/*/*.txt')))
    return b'\n\x0c\n'.join(open(f, 'rb').read() for f in files)


def fill(unit, size):
    return unit * (size // len(unit) + 1)


def one_line_citations(size):
    out, k, n = [], 1, 0
    while n < size:
        s = b'%d U.S. %d; ' % (k % 999 + 1, k)
        out.append(s); n += len(s); k += 1
    return b''.join(out)


def nested_parentheticals(size):
    head, k, n = [], 1, 0
    while n < size - 30:
        s = b'Smith v. Jones, %d U.S. %d (citing ' % (k, k)
        head.append(s); n += len(s) + 1; k += 1
    return b''.join(head) + b'Doe v. Roe, 999 U.S. 999' + b')' * (k - 1) + b' ' + W.encode()


def nested_html(size):
    depth = max(1, (size - 200) // 11)     # "<div>" + "</div>"
    return b'<html><body>' + b'<div>' * depth + b'Deep.' + b'</div>' * depth + b'<p>' + W.encode() + b'</p></body></html>'


def every_nth(data, n, repl):
    """`data` with every n-th space replaced by `repl`."""
    parts = data.split(b' ')
    return b''.join(p + (repl if i % n == n - 1 else b' ') for i, p in enumerate(parts))[:-1]


def reporters():
    rows = [l.split('\t') for l in open(os.path.join(ROOT, 'Grammars/data/reporters.tsv'), encoding='utf-8') if not l.startswith('#')]
    return ''.join('%s\n12 %s 345\n' % (r[0], r[0]) for r in rows if len(r) > 1).encode()


SHAPES = {
    # name: (extension, builder(size) -> bytes)
    'prose': ('txt', lambda n: fill(prose(), n)[:n]),
    'one_line_citations': ('txt', one_line_citations),
    'nested_parentheticals': ('txt', nested_parentheticals),
    'nested_quotes': ('txt', lambda n: '\u201c'.encode() * (n // 6) + W.encode() + '\u201d'.encode() * (n // 6)),
    'nested_parens_bare': ('txt', lambda n: b'(' * (n // 2) + W.encode() + b')' * (n // 2)),
    'versus': ('txt', lambda n: b'v. ' * (n // 3) + W.encode()),
    'digits': ('txt', lambda n: b'7' * n + b' ' + W.encode()),
    'numbers': ('txt', lambda n: b'12 ' * (n // 3) + W.encode()),
    'invalid_utf8': ('txt', lambda n: every_nth(fill(prose(), n)[:n], 150, b' \xff ')),
    'nul_bytes': ('txt', lambda n: every_nth(fill(prose(), n)[:n], 10, b'\x00')),
    'mixed_line_endings': ('txt', lambda n: fill(prose(), n)[:n].replace(b'.\n', b'.\r\n').replace(b',\n', b',\r')),
    'reporters_alone': ('txt', lambda n: fill(reporters(), n)[:n]),
    'nested_html': ('html', nested_html),
    # session 12: thousands of full and short cites of one volume (the short form's case is
    # chosen among the volume's cites), and notes under "Notes:" whose marks are missing
    'one_volume': ('txt', lambda n: fill(''.join('Case%d v. Other, 1 U.S. %d (1990). Case%d, 1 U.S. at %d. ' % (i, i + 1, i, i + 2)
                                                 for i in range(2000)).encode(), n)[:n]),
    'unmarked_notes': ('txt', lambda n: fill(prose(), n)[:n] + b'\n\n--------\n\nNotes:\n\n'
                       + b'\n\n'.join(b'%d Note text number %d.' % (i, i) for i in range(1, 501)) + b'\n'),
    # session 13: a number alone on every other line (page-number candidates that never count up)
    'lone_numbers': ('txt', lambda n: b'7\n\n' * (n // 3)),
    # session 14: thousands of full cites sharing a party, then as many supras that match none
    # of them (each supra had looked at every cite under the name's first word), and bracketed
    # reporter pages inline and on lines of their own
    'supra_names': ('txt', lambda n: (lambda half: fill(''.join('Acme v. Beta%d, %d Neb. %d (2000). ' % (i, i % 900 + 1, i % 500 + 1)
                                                                for i in range(30000)).encode(), half)[:half]
                                      + fill(b'Acme v. Zulu, supra note 5. ', n - half)[:n - half])(n // 2)),
    # session 15: a subsequent-history chain thousands of steps long (each later decision's
    # history was parsed one stack frame deeper: a stack overflow)
    'history_chain': ('txt', lambda n: b'Smith v. Jones, 1 U.S. 1 (1990)' + fill(b", aff'd, 2 U.S. 2 (1991), rev'd, 3 U.S. 3 (1992)", n)[:n] + b'.'),
    # session 15: markup of many small text nodes (each reserved room for itself alone and
    # copied the text so far), a page per line, thousands of headings at one level, and CAP
    # notes whose marks the text does not show (each searched the whole text before it)
    'html_text_nodes': ('html', lambda n: b'<html><body>' + fill(b'<p>Smith v. Jones, 1 U.S. 1 (1990). <i>Id.</i> at 2. ', n)[:n]),
    'formfeed_pages': ('txt', lambda n: fill(b''.join(b'The court cited Smith v. Jones, %d U.S. %d (1990).\n\x0c' % (i % 900 + 1, i)
                                                     for i in range(1, 20001)), n)[:n]),
    'many_headings': ('txt', lambda n: fill(b''.join(b'%s.\n\nSome text follows here about the case.\n\n' % r
                                                    for r in [b'I', b'II', b'III', b'IV', b'V', b'A', b'B', b'1', b'2']), n)[:n]),
    'cap_unmarked_notes': ('xml', lambda n: b'<casebody xmlns="http://nrs.harvard.edu/urn-3:HLS.Libr.US_Case_Law.Schema.Case_Body:v1" firstpage="1" lastpage="9">'
                           + fill(b''.join(b'<opinion type="concurrence"><author>SMITH, J.</author><p id="b%d">Smith v. Jones, 1 U.S. 1 (1990).</p>'
                                           b'<footnote label="%d"><p>Id. at 2.</p></footnote></opinion>' % (i, i) for i in range(1, 40000)), n)[:n]
                           + b'</casebody>'),
    'slip_headers': ('txt', lambda n: fill(b''.join(b'Cite as: 590 U. S. ____ (2020)            %d\n\nThe court cited Smith v. Jones%s, %d U.S. %d (1990).\n\x0c'
                                                   % (i, bytes(97 + (i // 26 ** k) % 26 for k in range(3)), i % 900 + 1, i) for i in range(1, 20001)), n)[:n]),
    'bracket_pages': ('txt', lambda n: fill(b'The deputy responded,[58 Va.App. 248] explaining. [945 N.E.2d 485 , 920 N.Y.S.2d 292]\n', n)[:n]),
    # session 20: web-page block labels and their "End" lines by the thousand (each "End X"
    # looks back for its "X"), "FN" notes under one heading, treatises, encyclopedias and
    # Attorney General opinions by the thousand, a capital "V." in every name
    'web_blocks': ('txt', lambda n: fill(b'Footer\nEnd Footer\nMain Menu\n', n)[:n]),
    'fn_notes': ('txt', lambda n: b'Footnotes\n\n' + fill(b''.join(b'FN%d.  Note text %d.\n  More text.\n\n' % (i, i) for i in range(1, 30001)), n)[:n]),
    'secondary_sources': ('txt', lambda n: fill(b'Drake on Attachments, See. 707; Freeman on Judgments, 167; 49 Am. Jur. 2d Landlord and Tenant \xc2\xa7 43 (1995). OAG 84-94. Id. ', n)[:n]),
    'capital_versus': ('txt', lambda n: fill(b'Williams V. Hariosy V. Smith V. Jones, 210 Ga. App. 637. Kipp v. Estate of Estate of Chips, 169 Vt. 102. ', n)[:n]),
    # session 22: notes under "NOTES" all labelled "[1]" (each note counted every mark of its
    # label and scanned them from the start: 6.7 s for 0.9 MB), folios between dashes, Pennsylvania's
    # notes of testimony, Ohio's "R.C. X and Y", Kansas's syllabus pins and dashed public-domain
    # cites strung as parallels
    'notes_one_label': ('html', lambda n: b'<html><body><p>Text' + fill(b'<sup>[1]</sup> more', n // 2)[:n // 2] + b'</p><h2>NOTES</h2>'
                        + fill(b'<p>[1] note</p><p>more</p>', n // 2)[:n // 2] + b'</body></html>'),
    'dash_folios': ('txt', lambda n: fill(b''.join(b'Some text of page %d with words.\n\n -%d-\n\n' % (i, i) for i in range(1, 20001)), n)[:n]),
    'state_forms': ('txt', lambda n: fill(b'N.T., 3/16/23, at 4. Id. at 5. R.C. 2929.11 and 2929.12. State v. Garza, 290 Kan. 1021, Syl. \xc2\xb6 5, '
                                          b'236 P.3d 501 (2010). 146 Ohio St.3d 516, 2016-Ohio-1, 2016-Ohio-2, 2016-Ohio-3. ', n)[:n]),
    # session 25: lines that open like a note after a blank line ("1 The …"), with no mark
    # anywhere (each candidate rescanned the text before it for the mark: 93 s for 3 MB)
    'gap_note_candidates': ('txt', lambda n: fill(b'Some body text line that runs on for a while here\n\n1 The note-like line here\n', n)[:n]),
}


def parse_size(s):
    m = {'K': 1000, 'M': 1000 * 1000}.get(s[-1].upper(), 1)
    return int(float(s[:-1] if m > 1 else s) * m)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, size = sys.argv[1], parse_size(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[3:] or SHAPES:
        ext, build = SHAPES[name]
        path = os.path.join(out, '%s.%s' % (name, ext))
        with open(path, 'wb') as f:
            f.write(build(size))
        print(path)


if __name__ == '__main__':
    main()
