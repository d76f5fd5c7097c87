// EmbeddedTables.swift
//
// GENERATED FILE - DO NOT EDIT. Regenerate with `python3 scripts/embed_grammars.py`
// from Grammars/data/*.tsv (which `.venv/bin/python scripts/import_reference_data.py` produces;
// see Grammars/data/PROVENANCE.md for sources and licences).
//
// Each table is the TSV's data rows (comment lines removed), joined by "\n", no trailing newline.
// swiftlint:disable all

enum EmbeddedTables {
    /// Grammars/data/case_name_abbreviations.tsv (270 rows).
    static let caseNameAbbreviations: String = #"""
&	and
Acad.	Academy
Adm'r	Administrator
Adm'x	Administrix
Admin.	Administration
Admin.	Administrative
Adm’r	Administrator
Adm’x	Administrix
Adver.	Advertising
Advert	Advertising
Agric.	Agricultural
Agric.	Agriculture
All.	Alliance
Alt.	Alternative
Am.	America
Ass'n	Association
Assoc.	Associate
Ass’n	Association
Atl.	Atlantic
Auth.	Authority
Auto.	Automobile
Auto.	Automotive
Ave.	Avenue
Bankr.	Bankruptcy
Bd.	Board
Bhd.	Brotherhood
Bldg.	Building
Broad.	Broadcast
Broad.	Broadcasting
Bros.	Brothers
Bus.	Business
Cas.	Casualty
Cent.	Central
Chem.	Chemical
Cmty.	Community
Cnty.	County
Co.	Company
Coal.	Coalition
Coll.	College
Comm'n	Commission
Comm'r	Commissioner
Comm.	Committee
Commc'n	Communication
Commc’n	Communication
Comm’n	Commission
Comm’r	Commissioner
Comp.	Compensation
Comput.	Computer
Condo.	Condominium
Cong.	Congress
Cong.	Congressional
Consol.	Consolidated
Constr.	Construction
Cont'l	Continental
Cont’l	Continental
Coop.	Cooperative
Corp.	Corporation
Corr.	Correctional
Corr.	Corrections
Ctr.	Center
Ctr.	Centre
Cty.	County
Def.	Defense
Dep't	Department
Dep’t	Department
Det.	Detention
Dev.	Development
Dig.	Digital
Dir.	Director
Disc.	Discount
Dist.	District
Distrib.	Distributing
Distrib.	Distributor
Div.	Division
E.	East
E.	Eastern
Econ.	Economic
Econ.	Economical
Econ.	Economics
Econ.	Economy
Educ.	Education
Educ.	Educational
Elec.	Electric
Elec.	Electrical
Elec.	Electricity
Elec.	Electronic
Emp'r	Employer
Emp't	Employment
Emp.	Employee
Emp’r	Employer
Emp’t	Employment
Eng'g	Engineering
Eng'r	Engineer
Eng’g	Engineering
Eng’r	Engineer
Enter.	Enterprise
Entm't	Entertainment
Entm’t	Entertainment
Env't	Environment
Envtl.	Environmental
Env’t	Environment
Equal.	Equality
Equip.	Equipment
Ex'r	Executor
Ex'x	Executrix
Exam'r	Examiner
Exam’r	Examiner
Exch.	Exchange
Exec.	Executive
Exp.	Exportation
Exp.	Exporter
Expl.	Exploration
Expl.	Exploratory
Ex’r	Executor
Ex’x	Executrix
Fed'n	Federation
Fed.	Federal
Fed’n	Federation
Fid.	Fidelity
Fin.	Finance
Fin.	Financial
Fin.	Financing
Found.	Foundation
Gen.	General
Gend.	Gender
Glob.	Global
Gov't	Government
Gov’t	Government
Grp.	Group
Guar.	Guaranty
Hosp.	Hospital
Hous.	Housing
Imp.	Importation
Imp.	Importer
Inc.	Incorporated
Indem.	Indemnity
Indep.	Independent
Indus.	Industrial
Indus.	Industries
Indus.	Industry
Info.	Information
Ins.	Insurance
Inst.	Institute
Inst.	Institution
Int'l	International
Int’l	International
Inv'r	Investor
Inv.	Investment
Inv’r	Investor
Lab.	Laboratory
Liab.	Liability
Litig.	Litigation
Ltd.	Limited
Mach.	Machine
Mach.	Machinery
Maint.	Maintenance
Mar.	Maritime
Mech.	Mechanic
Mech.	Mechanical
Med.	Medical
Med.	Medicine
Mem'l	Memorial
Mem’l	Memorial
Merch.	Merchandise
Merch.	Merchandising
Merch.	Merchant
Metro.	Metropolitan
Mfg.	Manufacturing
Mfr.	Manufacturer
Mgmt.	Management
Mkt.	Market
Mktg.	Marketing
Mortg.	Mortgage
Mun.	Municipal
Mut.	Mutual
N.	North
N.	Northern
Nat'l	National
Nat.	Natural
Nat’l	National
Ne.	Northeast
Ne.	Northeastern
No.	Number
Nw.	Northwest
Nw.	Northwestern
Op.	Opinion
Org.	Organization
Org.	Organizing
P'ship	Partnership
Pac.	Pacific
Par.	Parish
Pers.	Personal
Pers.	Personnel
Pharm.	Pharmaceutical
Pharm.	Pharmaceuticals
Pharm.	Pharmaceutics
Pres.	Preservation
Pres.	Preserve
Prob.	Probation
Prod.	Product
Prod.	Production
Prof'l	Professional
Prof’l	Professional
Prop.	Property
Prot.	Protection
Pub.	Public
Publ'g	Publishing
Publ'n	Publication
Publ’g	Publishing
Publ’n	Publication
P’ship	Partnership
R.R.	Railroad
Rd.	Road
Ref.	Refining
Reg'l	Regional
Reg’l	Regional
Rehab.	Rehabilitation
Reprod.	Reproduction
Reprod.	Reproductive
Res.	Resource
Res.	Resources
Rest.	Restaurant
Ret.	Retirement
Ry.	Railway
S'holder	Shareholder
S.	South
S.	Southern
S.S.	Steamship
S.S.	Steamships
Sav.	Savings
Sch.	School
Sch.	Schools
Sci.	Science
Se.	Southeast
Se.	Southeastern
Sec'y	Secretary
Sec.	Securities
Sec.	Security
Sec’y	Secretary
Serv.	Service
Soc'y	Society
Soc.	Social
Soc’y	Society
Sol.	Solution
St.	Street
Subcomm.	Subcommittee
Sur.	Surety
Sw.	Southwest
Sw.	Southwestern
Sys.	System
Sys.	Systems
S’holder	Shareholder
Tech.	Technology
Tel.	Telegraph
Tel.	Telephone
Telecomm.	Telecommunication
Temp.	Temporary
Tpk.	Turnpike
Tr.	Trustee
Transcon.	Transcontinental
Transp.	Transport
Transp.	Transportation
Twp.	Township
U.S.	United States
Unif.	Uniform
Univ.	University
Util.	Utility
Vill.	Village
W.	West
W.	Western
"""#

    /// Grammars/data/case_name_words.tsv (447 rows).
    static let caseNameWords: String = #"""
Academic	Acad.
Academy	Acad.
Accountancy	Acct.
Accountant	Acct.
Accounting	Acct.
Administration	Admin.
Administrative	Admin.
Administrator	Adm'r
Administrator	Adm’r
Administratrix	Adm'x
Administratrix	Adm’x
Advertising	Advert.
Advocacy	Advoc.
Advocate	Advoc.
Affair	Aff.
Africa	Afr.
African	Afr.
Agricultural	Agric.
Agriculture	Agric.
Alliance	All.
Alternative	Alt.
Amendment	Amend.
America	Am.
American	Am.
Annual	Ann.
Appellate	App.
Arbitration	Arb.
Arbitrator	Arb.
Artificial Intelligence	A.I.
Associate	Assoc.
Association	Ass'n
Association	Ass’n
Atlantic	Atl.
Attorney	Att'y
Attorney	Att’y
Authority	Auth.
Automobile	Auto.
Automotive	Auto.
Avenue	Ave.
Bankruptcy	Bankr.
Behavior	Behav.
Behavioral	Behav.
Board	Bd.
Broadcaster	Broad.
Broadcasting	Broad.
Brotherhood	Bhd.
Brothers	Bros.
Building	Bldg.
Business	Bus.
Businesses	Bus.
Capital	Cap.
Casualties	Cas.
Casualty	Cas.
Catholic	Cath.
Center	Ctr.
Central	Cent.
Centre	Ctr.
Chemical	Chem.
Children	Child.
Chronicle	Chron.
Circuit	Cir.
Coalition	Coal.
College	Coll.
Commentary	Comment.
Commission	Comm'n
Commission	Comm’n
Commissioner	Comm'r
Commissioner	Comm’r
Committee	Comm.
Communication	Commc'n
Communication	Commc’n
Community	Cmty.
Company	Co.
Comparative	Compar.
Compensation	Comp.
Computational	Comput.
Computer	Comput.
Computing	Comput.
Condominium	Condo.
Conference	Conf.
Congress	Cong.
Congressional	Cong.
Consolidated	Consol.
Construction	Constr.
Contemporary	Contemp.
Continental	Cont'l
Continental	Cont’l
Contract	Cont.
Conveyance	Conv.
Conveyancer	Conv.
Cooperation	Coop.
Cooperative	Coop.
Corporate	Corp.
Corporation	Corp.
Correctional	Corr.
Corrections	Corr.
Cosmetic	Cosm.
Counseling	Couns.
Counselor	Couns.
Counselor's	Couns.
Counselors	Couns.
Counselor’s	Couns.
County	Cnty.
Defend	Def.
Defender	Def.
Defense	Def.
Defensive	Def.
Delinquency	Delinq.
Delinquent	Delinq.
Department	Dep't
Department	Dep’t
Detention	Det.
Developer	Dev.
Development	Dev.
Digest	Dig.
Digital	Digit.
Diplomacy	Dipl.
Director	Dir.
Discount	Disc.
Dispute	Disp.
Distributing	Distrib.
Distribution	Distrib.
Distributor	Distrib.
District	Dist.
Division	Div.
Doctor	Dr.
East	E.
Eastern	E.
Economic	Econ.
Economical	Econ.
Economics	Econ.
Economy	Econ.
Editor	Ed.
Editorial	Ed.
Educate	Educ.
Educating	Educ.
Education	Educ.
Educational	Educ.
Educator	Educ.
Electric	Elec.
Electrical	Elec.
Electricity	Elec.
Electronic	Elec.
Employee	Emp.
Employer	Emp.
Employment	Emp.
Enforcement	Enf't
Enforcement	Enf’t
Engineer	Eng'r
Engineer	Eng’r
Engineering	Eng'g
Engineering	Eng’g
English	Eng.
Enterprise	Enter.
Entertainment	Ent.
Environment	Env't
Environment	Env’t
Environmental	Env't
Environmental	Env’t
Equality	Equal.
Equipment	Equip.
Estate	Est.
Examiner	Exam'r
Examiner	Exam’r
Exchange	Exch.
Executive	Exec.
Executor	Ex'r
Executor	Ex’r
Executrix	Ex'x
Executrix	Ex’x
Exploration	Expl.
Exploratory	Expl.
Exportation	Exp.
Exporter	Exp.
Faculty	Fac.
Federal	Fed.
Federation	Fed'n
Federation	Fed’n
Fidelity	Fid.
Finance	Fin.
Financial	Fin.
Financing	Fin.
Fortnightly	Fort.
Forum	F.
Foundation	Found.
General	Gen.
Global	Glob.
Government	Gov't
Government	Gov’t
Group	Grp.
Guarantor	Guar.
Guaranty	Guar.
Hispanic	Hisp.
Historical	Hist.
History	Hist.
Hospital	Hosp.
Hospitality	Hosp.
Housing	Hous.
Human	Hum.
Import	Imp.
Importation	Imp.
Importer	Imp.
Incorporated	Inc.
Indemnity	Indem.
Independence	Indep.
Independent	Indep.
Industrial	Indus.
Industries	Indus.
Industry	Indus.
Inequality	Ineq.
Information	Info.
Institute	Inst.
Institution	Inst.
Insurance	Ins.
Intellectual	Intell.
Intelligence	Intel.
Interdisciplinary	Interdisc.
Interest	Int.
International	Int'l
International	Int’l
Investment	Inv.
Investor	Inv.
Journal	J.
Journals	J.
Judicial	Jud.
Juridicial	Jurid.
Jurisprudence	Juris.
Justice	Just.
Juvenile	Juv.
Labor	Lab.
Laboratory	Lab'y
Laboratory	Lab.
Laboratory	Lab’y
Law	L.
Lawyer	Law.
Legislate	Legis.
Legislation	Legis.
Legislative	Legis.
Liability	Liab.
Librarian	Libr.
Library	Libr.
Limited	Ltd.
Litigation	Litig.
Local	Loc.
Machine	Mach.
Machinery	Mach.
Magazine	Mag.
Maintenance	Maint.
Management	Mgmt.
Manufacturer	Mfr.
Manufacturing	Mfg.
Maritime	Mar.
Market	Mkt.
Marketing	Mktg.
Matrimonial	Matrim.
Mechanic	Mech.
Mechanical	Mech.
Medical	Med.
Medicinal	Med.
Medicine	Med.
Memorial	Mem'l
Memorial	Mem’l
Merchandise	Merch.
Merchandising	Merch.
Merchant	Merch.
Metropolitan	Metro.
Military	Mil.
Mineral	Min.
Modern	Mod.
Mortgage	Mortg.
Municipal	Mun.
Municipality	Mun.
Mutual	Mut.
National	Nat'l
National	Nat’l
Nationality	Nat'y
Nationality	Nat’y
Natural	Nat.
Negligence	Negl.
Negotiation	Negot.
Negotiator	Negot.
Newsletter	Newsl.
North	N.
Northeast	Ne.
Northeastern	Ne.
Northern	N.
Northwest	Nw.
Northwestern	Nw.
Number	No.
Office	Off.
Official	Off.
Opinion	Op.
Order	Ord.
Organization	Org.
Organizing	Org.
Pacific	Pac.
Parish	Par.
Partnership	P'ship
Partnership	P’ship
Patent	Pat.
Person	Pers.
Personal	Pers.
Personnel	Pers.
Perspective	Persp.
Pharmaceutic	Pharm.
Pharmaceutical	Pharm.
Philosophical	Phil.
Philosophy	Phil.
Planning	Plan.
Policy	Pol'y
Policy	Pol’y
Politic	Pol.
Political	Pol.
Politics	Pol.
Practical	Prac.
Practice	Prac.
Practitioner	Prac.
Preservation	Pres.
Preserve	Pres.
Privacy	Priv.
Private	Priv.
Probate	Prob.
Probation	Prob.
Problems	Probs.
Procedure	Proc.
Proceedings	Proc.
Product	Prod.
Production	Prod.
Profession	Pro.
Professional	Pro.
Property	Prop.
Protection	Prot.
Psychological	Psych.
Psychologist	Psych.
Psychology	Psych.
Public	Pub.
Publication	Publ'n
Publication	Publ’n
Publishing	Publ'g
Publishing	Publ’g
Quarterly	Q.
Railroad	R.R.
Railway	Ry.
Record	Rec.
Referee	Ref.
Refinement	Refin.
Refining	Refin.
Regional	Reg'l
Regional	Reg’l
Register	Reg.
Regulation	Regul.
Regulator	Regul.
Regulatory	Regul.
Rehabilitation	Rehab.
Rehabilitative	Rehab.
Relation	Rel.
Report	Rep.
Reporter	Rep.
Reproduction	Reprod.
Reproductive	Reprod.
Research	Rsch.
Reservation	Rsrv.
Reserve	Rsrv.
Resolution	Resol.
Resource	Res.
Resources	Res.
Responsibility	Resp.
Restaurant	Rest.
Retirement	Ret.
Review	Rev.
Revista	Rev.
Rights	Rts.
Road	Rd.
Savings	Sav.
School	Sch.
Science	Sci.
Scientific	Sci.
Scottish	Scot.
Secretary	Sec'y
Secretary	Sec’y
Securities	Sec.
Security	Sec.
Sentencing	Sent'g
Sentencing	Sent’g
Service	Serv.
Shareholder	S'holder
Shareholder	S’holder
Social	Soc.
Society	Soc'y
Society	Soc’y
Sociological	Socio.
Sociology	Socio.
Solicitor	Solic.
Solution	Sol.
South	S.
Southeast	Se.
Southeastern	Se.
Southern	S.
Southwest	Sw.
Southwestern	Sw.
Statistic	Stat.
Statistical	Stat.
Statistics	Stat.
Steamship	S.S.
Steamships	S.S.
Stockholder	S'holder
Stockholder	S’holder
Street	St.
Studies	Stud.
Subcommittee	Subcomm.
Supreme Court	Sup. Ct.
Surety	Sur.
System	Sys.
Systems	Sys.
Taxation	Tax'n
Taxation	Tax’n
Teacher	Tchr.
Technical	Tech.
Technique	Tech.
Technological	Tech.
Technology	Tech.
Telecommunication	Telecomm.
Telegraph	Tel.
Telephone	Tel.
Temporary	Temp.
Township	Twp.
Transcontinental	Transcon.
Transnational	Transnat'l
Transnational	Transnat’l
Transport	Transp.
Transportation	Transp.
Tribune	Trib.
Trust	Tr.
Trustee	Tr.
Turnpike	Tpk.
Uniform	Unif.
United States	U.S.
University	Univ.
Urban	Urb.
Utility	Util.
Village	Vill.
Week	Wk.
Weekly	Wkly.
West	W.
Western	W.
Year Book	Y.B.
Yearbook	Y.B.
"""#

    /// Grammars/data/code_forms.tsv (69 rows).
    static let codeForms: String = #"""
N.C.G.S.	N.C. Gen. Stat.
G.S.	N.C. Gen. Stat.
Florida Statutes	Fla. Stat.
MCL	Mich. Comp. Laws
RSMo	Mo. Rev. Stat.
Code of Alabama	Ala. Code
AS	Alaska Stat.
OCGA	Ga. Code Ann.
O.C.G.A.	Ga. Code Ann.
RCW	Wash. Rev. Code
ORS	Or. Rev. Stat.
KRS	Ky. Rev. Stat. Ann.
N.J.S.A.	N.J. Stat. Ann.
R.C.	Ohio Rev. Code Ann.
La. R.S.	La. Rev. Stat. Ann.
NRS	Nev. Rev. Stat.
K.S.A.	Kan. Stat. Ann.
RSA	N.H. Rev. Stat. Ann.
SDCL	S.D. Codified Laws
NMSA 1978	N.M. Stat. Ann.
MCA	Mont. Code Ann.
M.R.S.	Me. Rev. Stat.
C.R.S.	Colo. Rev. Stat.
HRS	Haw. Rev. Stat.
ILCS	Ill. Comp. Stat.
N.Y. C.P.L.R.	N.Y. C.P.L.R.
C.P.L.R.	N.Y. C.P.L.R.
CPLR	N.Y. C.P.L.R.
G. L.	Mass. Gen. Laws
HAR	Haw. Code R.
Pen. Code	Cal. Penal Code
Welf. & Inst. Code	Cal. Welf. & Inst. Code
Welfare and Institutions Code	Cal. Welf. & Inst. Code
Code Civ. Proc.	Cal. Civ. Proc. Code
Evid. Code	Cal. Evid. Code
Gov. Code	Cal. Gov't Code
Health & Saf. Code	Cal. Health & Safety Code
Bus. & Prof. Code	Cal. Bus. & Prof. Code
Business and Professions Code	Cal. Bus. & Prof. Code
Veh. Code	Cal. Veh. Code
Fam. Code	Cal. Fam. Code
Civ. Code	Cal. Civ. Code
Lab. Code	Cal. Lab. Code
Prob. Code	Cal. Prob. Code
Ins. Code	Cal. Ins. Code
Rev. & Tax. Code	Cal. Rev. & Tax. Code
Pub. Resources Code	Cal. Pub. Res. Code
Corp. Code	Cal. Corp. Code
Com. Code	Cal. Com. Code
Educ. Code	Cal. Educ. Code
Elec. Code	Cal. Elec. Code
Fin. Code	Cal. Fin. Code
Fish & G. Code	Cal. Fish & Game Code
Food & Agr. Code	Cal. Food & Agric. Code
Harb. & Nav. Code	Cal. Harb. & Nav. Code
Pub. Util. Code	Cal. Pub. Util. Code
Sts. & Hy. Code	Cal. Sts. & High. Code
Unemp. Ins. Code	Cal. Unemp. Ins. Code
Wat. Code	Cal. Water Code
Mil. & Vet. Code	Cal. Mil. & Vet. Code
Pub. Contract Code	Cal. Pub. Cont. Code
Tex. Code Crim. Proc.	Tex. Code Crim. Proc. Ann.
La. C.Cr.P.	La. Code Crim. Proc. Ann.
La. Code Crim. P.	La. Code Crim. Proc. Ann.
La. C.E.	La. Code Evid. Ann.
La. C.C.	La. Civ. Code Ann.
La. C.C.P.	La. Code Civ. Proc. Ann.
La. Ch.C.	La. Child. Code Ann.
Ill. Adm. Code	Ill. Admin. Code
"""#

    /// Grammars/data/codes.tsv (381 rows).
    static let codes: String = #"""
Ala. Admin. Code	regulation	us:al	Alabama Administrative Code
Ala. Admin. Monthly	regulation	us:al	Alabama Administrative Monthly
Ala. Adv. Legis. Serv.	session_law	us:al	Michie's Alabama Code <year> Advance Legislative Service (LexisNexis)
Ala. Code	statute	us:al	Code of Alabama, 1975 (West); Michie's Alabama Code, 1975 (LexisNexis)
Ala. Laws	session_law	us:al	Alabama Laws
Ala. Legis. Serv.	session_law	us:al	West's Alabama Legislative Service
Alaska Admin. Code	regulation	us:ak	Alaska Administrative Code (LexisNexis)
Alaska Adv. Legis. Serv.	session_law	us:ak	Alaska Statutes <year> Advance Legislative Service
Alaska Legis. Serv.	session_law	us:ak	West's Alaska Legislative Service
Alaska Sess. Laws	session_law	us:ak	Session Laws of Alaska
Alaska Stat.	statute	us:ak	Alaska Statutes (LexisNexis)
Alaska Stat. Ann.	statute	us:ak	West's Alaska Statutes Annotated
Am. Samoa Admin. Code	regulation	us:as	American Samoa Administrative Code
Am. Samoa Code Ann.	statute	us:as	American Samoa Code Annotated
Ariz. Admin. Code	regulation	us:az	Arizona Administrative Code
Ariz. Admin. Reg.	regulation	us:az	Arizona Administrative Register
Ariz. Legis. Serv.	session_law	us:az	Arizona Legislative Service (West)
Ariz. Rev. Stat.	statute	us:az	Arizona Revised Statutes (LexisNexis)
Ariz. Rev. Stat. Ann.	statute	us:az	Arizona Revised Statutes Annotated (West)
Ariz. Sess. Laws	session_law	us:az	Session Laws, Arizona
Ark. Acts	session_law	us:ar	Acts of Arkansas (West)
Ark. Adv. Legis. Serv.	session_law	us:ar	Arkansas Code of 1987 Annotated <year> Advance Legislative Service (LexisNexis)
Ark. Code Ann.	statute	us:ar	Arkansas Code of 1987 Annotated (LexisNexis); West's Arkansas Code Annotated
Ark. Code R.	regulation	us:ar	Code of Arkansas Rules (LexisNexis)
Ark. Gov't Reg.	regulation	us:ar	Arkansas Government Register
Ark. Legis. Serv.	session_law	us:ar	West's Arkansas Legislative Service
Ark. Reg.	regulation	us:ar	Arkansas Register
C. F. R.	regulation	us	Code of Federal Regulations
C.F.R.	regulation	us	Code of Federal Regulations
C.Z. Code	statute	Canal Zone	Panama Canal Code
CFR	regulation	us	Code of Federal Regulations
Cal. Adv. Legis. Serv.	session_law	us:ca	Deering's California Advance Legislative Service (LexisNexis)
Cal. Code Regs.	regulation	us:ca	California Code of Regulations (West)
Cal. Legis. Serv.	session_law	us:ca	West's California Legislative Service
Cal. Regulatory Notice Reg.	regulation	us:ca	California Regulatory Notice Register
Cal. Stat.	session_law	us:ca	Statutes of California
Cal. {subject} Code	statute	us:ca	West's Annotated California Codes; Deering's California Codes, Annotated (LexisNexis)
Colo. Code Regs.	regulation	us:co	Colorado Code of Regulations; Code of Colorado Regulations (LexisNexis)
Colo. Legis. Serv.	session_law	us:co	Colorado Legislative Service (West)
Colo. Reg.	regulation	us:co	Colorado Register
Colo. Rev. Stat.	statute	us:co	Colorado Revised Statutes (LexisNexis)
Colo. Rev. Stat. Ann.	statute	us:co	West's Colorado Revised Statutes Annotated
Colo. Sess. Laws	session_law	us:co	Session Laws of Colorado (LexisNexis)
Conn. Acts	session_law	us:ct	Connecticut Public & Special Acts
Conn. Agencies Regs.	regulation	us:ct	Regulations of Connecticut State Agencies
Conn. Gen. Stat.	statute	us:ct	General Statutes of Connecticut
Conn. Gen. Stat. Ann.	statute	us:ct	Connecticut General Statutes Annotated (West)
Conn. Gov't Reg.	regulation	us:ct	Connecticut Government Register (LexisNexis)
Conn. L.J.	regulation	us:ct	Connecticut Law Journal
Conn. Legis. Serv.	session_law	us:ct	Connecticut Legislative Service (West)
Conn. Pub. Acts	session_law	us:ct	Connecticut Public Acts
Conn. Spec. Acts	session_law	us:ct	Connecticut Special Acts (Resolves & Private Laws, Private & Special Laws, Special Laws, Resolves & Private Acts, Resolutions & Private Acts, Private Acts & Resolutions, and Special Acts & Resolutions)
D.C. Code	statute	us:dc	District of Columbia Official Code (LexisNexis)
D.C. Code Adv. Leg. Serv.	session_law	us:dc	District of Columbia Official Code Lexis Advance Legislative Service
D.C. Code Ann.	statute	us:dc	West's District of Columbia Code Annotated (West)
D.C. Code Mun. Regs.	statute	us:dc	Code of District of Columbia Municipal Regulations (LexisNexis)
D.C. Mun. Regs.	statute	us:dc	Code of D.C. Municipal Regulations
D.C. Reg.	session_law	us:dc	District of Columbia Register; District of Columbia Register
D.C. Sess. L. Serv.	session_law	us:dc	District of Columbia Session Law Service West
Del Gov't Reg.	regulation	us:de	Delaware Government Register (LexisNexis)
Del. Admin. Code	regulation	us:de	Delaware Administrative Code
Del. Code Ann.	statute	us:de	Delaware Code Annotated (LexisNexis); West's Delaware Code Annotated
Del. Code Regs.	regulation	us:de	Code of Delaware Regulations (LexisNexis)
Del. Code. Ann. Adv. Legis. Serv.	session_law	us:de	Delaware Code Annotated <year> Advance Legislative Service (LexisNexis)
Del. Laws	session_law	us:de	Laws of Delaware
Del. Legis. Serv.	session_law	us:de	West's Delaware Legislative Service
Del. Reg. Regs.	regulation	us:de	Delaware Register of Regulations
F.R.	regulation	us	Federal Register
FR	regulation	us	Federal Register
Fed. Reg.	regulation	us	Federal Register
Fla. Admin. Code Ann.	regulation	us:fl	Florida Administrative Code Annotated (LexisNexis)
Fla. Admin. Reg.	regulation	us:fl	Florida Administrative Register
Fla. Admin. Weekly	regulation	us:fl	Florida Administrative Weekly (LexisNexis)
Fla. Laws	session_law	us:fl	Laws of Florida
Fla. Sess. Law Serv.	session_law	us:fl	West's Florida Session Law Service
Fla. Stat.	statute	us:fl	Florida Statutes
Fla. Stat. Ann.	statute	us:fl	West's Florida Statutes Annotated; LexisNexis Florida Statutes Annotated
Ga. Code Ann.	statute	us:ga	Official Code of Georgia Annotated (LexisNexis); West's Code of Georgia Annotated
Ga. Code Ann. Adv. Legis. Serv.	session_law	us:ga	Georgia <year> Advance Legislative Service (LexisNexis)
Ga. Code Ann. Adv. Legis. Serv.	session_law	us:ga	West's Georgia Legislative Service
Ga. Comp. R. & Regs.	regulation	us:ga	Official Compilation Rules and Regulations of the State of Georgia
Ga. Gov't Reg.	regulation	us:ga	Georgia Government Register (LexisNexis)
Ga. Laws	session_law	us:ga	Georgia Laws
Guam Admin. R. & Regs.	regulation	us:gu	Administrative Rules & Regulations of the Government of Guam
Guam Code Ann.	statute	us:gu	Guam Code Annotated
Guam Pub. L.	session_law	us:gu	Guam Session Laws
Haw. Code R.	regulation	us:hi	Code of Hawaii Rules (LexisNexis)
Haw. Gov't Reg.	regulation	us:hi	Hawaii Government Register (LexisNexis)
Haw. Legis. Serv.	session_law	us:hi	West's Hawai'i Legislative Service
Haw. Rev. Stat.	statute	us:hi	Hawaii Revised Statutes
Haw. Rev. Stat. Ann.	statute	us:hi	Michie's Hawaii Revised Statutes Annotated (LexisNexis); West's Hawai'i Revised Statutes Annotated
Haw. Rev. Stat. Ann. Adv. Legis. Serv.	session_law	us:hi	Michie's Hawaii Revised Statutes Annotated Advance Legislative Service (LexisNexis)
Haw. Sess. Laws	session_law	us:hi	Session Laws of Hawaii
Idaho Admin. Bull.	regulation	us:id	Idaho Administrative Bulletin
Idaho Admin. Code	regulation	us:id	Idaho Administrative Code
Idaho Code	statute	us:id	Idaho Code (LexisNexis)
Idaho Code Ann.	statute	us:id	West's Idaho Code Annotated
Idaho Code Ann. Adv. Legis. Serv.	session_law	us:id	Idaho Code Annotated Advance Legislative Service (LexisNexis)
Idaho Legis. Serv.	session_law	us:id	West's Idaho Legislative Service
Idaho Sess. Laws	session_law	us:id	Idaho Session Laws
Ill. Admin. Code	regulation	us:il	Illinois Administrative Code
Ill. Code R.	regulation	us:il	Code of Illinois Rules (LexisNexis)
Ill. Comp. Stat.	statute	us:il	Illinois Compiled Statutes
Ill. Comp. Stat. Ann.	statute	us:il	West's Smith-Hurd Illinois Compiled Statutes Annotated; Illinois Compiled Statutes Annotated (LexisNexis)
Ill. Comp. Stat. Ann. Adv. Legis. Serv.	session_law	us:il	Illinois Compiled Statutes Annotated Advance Legislative Service (LexisNexis)
Ill. Laws	session_law	us:il	Laws of Illinois
Ill. Legis. Serv.	session_law	us:il	Illinois Legislative Service (West)
Ill. Reg.	regulation	us:il	Illinois Register
Ind. Acts	session_law	us:in	Acts, Indiana
Ind. Admin. Code	regulation	us:in	Indiana Administrative Code; West's Indiana Administrative Code
Ind. Code	statute	us:in	Indiana Code
Ind. Code Ann.	statute	us:in	West's Annotated Indiana Code; Burns Indiana Statutes Annotated (LexisNexis)
Ind. Legis. Serv.	session_law	us:in	West's Indiana Legislative Service
Ind. Reg.	regulation	us:in	Indiana Register
Ind. Stat. Ann. Adv. Legis. Serv.	session_law	us:in	Burns Indiana Statutes Annotated Advance Legislative Service (LexisNexis)
Iowa Acts	session_law	us:ia	Acts of the State of Iowa
Iowa Admin. Bull.	regulation	us:ia	Iowa Administrative Bulletin
Iowa Admin. Code	regulation	us:ia	Iowa Administrative Code
Iowa Code	statute	us:ia	Code of Iowa
Iowa Code Ann.	statute	us:ia	West's Iowa Code Annotated
Iowa Legis. Serv.	session_law	us:ia	Iowa Legislative Service (West)
Kan. Admin. Regs.	regulation	us:ks	Kansas Administrative Regulations (updated by supplements)
Kan. Legis. Serv.	session_law	us:ks	West's Kansas Legislative Service
Kan. Reg.	regulation	us:ks	Kansas Register
Kan. Sess. Laws	session_law	us:ks	Session Laws of Kansas
Kan. Stat. Ann.	statute	us:ks	Kansas Statutes Annotated; West's Kansas Statutes Annotated
Ky. Acts	session_law	us:ky	Acts of Kentucky
Ky. Admin. Reg.	regulation	us:ky	Administrative Register of Kentucky
Ky. Admin. Regs.	regulation	us:ky	Kentucky Administrative Regulations Service
Ky. Rev. Stat. & R. Serv.	session_law	us:ky	Kentucky Revised Statutes and Rules Service (West)
Ky. Rev. Stat. Adv. Legis. Serv.	session_law	us:ky	Michie's Kentucky Revised Statutes Advance Legislative Service (LexisNexis)
Ky. Rev. Stat. Ann.	statute	us:ky	Baldwin's Kentucky Revised Statutes Annotated (West); Michie's Kentucky Revised Statutes Annotated (LexisNexis)
La. Acts	session_law	us:la	State of Louisiana: Acts of the Legislature
La. Admin. Code	regulation	us:la	Louisiana Administrative Code
La. Child. Code Ann.	statute	us:la	West's Louisiana Children's Code Annotated
La. Civ. Code Ann.	statute	us:la	West's Louisiana Civil Code Annotated
La. Code Civ. Proc. Ann.	statute	us:la	West's Louisiana Code of Civil Procedure Annotated
La. Code Crim. Proc. Ann.	statute	us:la	West's Louisiana Code of Criminal Procedure Annotated
La. Code Evid. Ann.	statute	us:la	West's Louisiana Code of Evidence Annotated
La. Const. Ann.	statute	us:la	West's Louisiana Constitution Annotated
La. Reg.	regulation	us:la	Louisiana Register
La. Sess. Law Serv.	session_law	us:la	West's Louisiana Session Law Service
La. Stat. Ann.	statute	us:la	West's Louisiana Statutes Annotated
Mass. Acts	session_law	us:ma	Acts and Resolves of Massachusetts
Mass. Adv. Legis. Serv.	session_law	us:ma	Massachusetts Advance Legislative Service (LexisNexis)
Mass. Ann. Laws	statute	us:ma	Annotated Laws of Massachusetts (LexisNexis)
Mass. Code Regs.	regulation	us:ma	Code of Massachusetts Regulations; Code of Massachusetts Regulations (LexisNexis)
Mass. Gen. Laws	statute	us:ma	General Laws of Massachusetts (Mass. Bar Ass'n/West)
Mass. Gen. Laws Ann.	statute	us:ma	Massachusetts General Laws Annotated (West)
Mass. Legis. Serv.	session_law	us:ma	Massachusetts Legislative Service (West)
Mass. Reg.	regulation	us:ma	Massachusetts Register
Md. Code Ann. Adv. Legis. Serv.	session_law	us:md	Michie's Annotated Code of Maryland Advance Legislative Service (LexisNexis)
Md. Code Ann., {subject}	statute	us:md	Michie's Annotated Code of Maryland (LexisNexis); West's Annotated Code of Maryland
Md. Code Regs.	regulation	us:md	Code of Maryland Regulations
Md. Laws	session_law	us:md	Laws of Maryland
Md. Legis. Serv.	session_law	us:md	West's Maryland Legislative Service
Md. Reg.	regulation	us:md	Maryland Register
Me. Code R.	regulation	us:me	Code of Maine Rules (LexisNexis)
Me. Gov't Reg.	regulation	us:me	Maine Government Register (LexisNexis)
Me. Laws	session_law	us:me	Laws of the State of Maine
Me. Legis. Serv.	session_law	us:me	Maine Legislative Service (West)
Me. Rev. Stat. Ann.	statute	us:me	Maine Revised Statutes Annotated (West)
Me. Stat.	statute	us:me	West's Maine Statutes
Mich. Admin. Code	regulation	us:mi	Michigan Administrative Code
Mich. Adv. Legis. Serv.	session_law	us:mi	Michigan Advance Legislative Service (LexisNexis)
Mich. Comp. Laws	statute	us:mi	Michigan Compiled Laws (1979)
Mich. Comp. Laws Ann.	statute	us:mi	Michigan Compiled Laws Annotated (West)
Mich. Comp. Laws Serv.	statute	us:mi	Michigan Compiled Laws Service (LexisNexis)
Mich. Legis. Serv.	session_law	us:mi	Michigan Legislative Service (West)
Mich. Pub. Acts	session_law	us:mi	Public and Local Acts of the Legislature of the State of Michigan
Mich. Reg.	regulation	us:mi	Michigan Register
Minn. Laws	session_law	us:mn	Laws of Minnesota
Minn. R.	regulation	us:mn	Minnesota Rules
Minn. Reg.	regulation	us:mn	Minnesota State Register
Minn. Sess. Law Serv.	session_law	us:mn	Minnesota Session Law Service (West)
Minn. Stat.	statute	us:mn	Minnesota Statutes
Minn. Stat. Ann.	statute	us:mn	Minnesota Statutes Annotated (West)
Miss. Code Ann.	statute	us:ms	Mississippi Code 1972 Annotated (LexisNexis); West's Annotated Mississippi Code
Miss. Code R.	regulation	us:ms	Code of Mississippi Rules (LexisNexis)
Miss. Gov't Reg.	regulation	us:ms	Mississippi Government Register (LexisNexis)
Miss. Laws	session_law	us:ms	General Laws of Mississippi
Miss. Laws Adv. Sh.	session_law	us:ms	Mississippi General Laws Advance Sheets (LexisNexis)
Miss. Legis. Serv.	session_law	us:ms	West's Mississippi Legislative Service
Mo. Ann. Stat.	statute	us:mo	Vernon's Annotated Missouri Statutes (West)
Mo. Code Regs. Ann.	regulation	us:mo	Missouri Code of State Regulations Annotated
Mo. Laws	session_law	us:mo	Session Laws of Missouri
Mo. Legis. Serv.	session_law	us:mo	Missouri Legislative Service (West)
Mo. Reg.	regulation	us:mo	Missouri Register
Mo. Rev. Stat.	statute	us:mo	Missouri Revised Statutes
Mont. Admin. R.	regulation	us:mt	Administrative Rules of Montana
Mont. Admin. Reg.	regulation	us:mt	Montana Administrative Register
Mont. Code Ann.	statute	us:mt	Montana Code Annotated; West's Montana Code Annotated
Mont. Laws	session_law	us:mt	Laws of Montana
N. Mar. I. Admin. Code	regulation	us:mp	Northern Mariana Islands Administrative Code
N. Mar. I. Code	statute	us:mp	Northern Mariana Islands Commonwealth Code (LexisNexis)
N. Mar. I. Pub. L.	session_law	us:mp	Northern Mariana Islands Session Laws
N. Mar. I. Reg.	regulation	us:mp	Northern Mariana Islands Commonwealth Register
N.C. Admin. Code	regulation	us:nc	North Carolina Administrative Code (West)
N.C. Adv. Legis. Serv.	session_law	us:nc	North Carolina <year> Advance Legislative Service (LexisNexis)
N.C. Gen. Stat.	statute	us:nc	General Statutes of North Carolina (LexisNexis)
N.C. Gen. Stat. Ann.	statute	us:nc	West's North Carolina General Statutes Annotated
N.C. Legis. Serv.	session_law	us:nc	North Carolina Legislative Service (West)
N.C. Reg.	regulation	us:nc	North Carolina Register (LexisNexis)
N.C. Sess. Laws	session_law	us:nc	Session Laws of North Carolina
N.D. Admin. Code	regulation	us:nd	North Dakota Administrative Code
N.D. Cent. Code	statute	us:nd	North Dakota Century Code (LexisNexis)
N.D. Cent. Code Adv. Legis. Serv.	session_law	us:nd	North Dakota Century Code <year> Advance Legislative Service (LexisNexis)
N.D. Cent. Code Ann.	statute	us:nd	West's North Dakota Century Code Annotated
N.D. Laws	session_law	us:nd	Laws of North Dakota
N.D. Legis. Serv.	session_law	us:nd	West's North Dakota Legislative Service
N.H. Code Admin. R. Ann. {subject}	regulation	us:nh	New Hampshire Code of Administrative Rules Annotated (LexisNexis)
N.H. Code R. {subject}	regulation	us:nh	Code of New Hampshire Rules (LexisNexis)
N.H. Gov't Reg.	regulation	us:nh	New Hampshire Government Register (LexisNexis)
N.H. Laws	session_law	us:nh	Laws of the State of New Hampshire (West)
N.H. Legis. Serv.	session_law	us:nh	New Hampshire Legislative Service (West)
N.H. Rev. Stat. Ann.	statute	us:nh	New Hampshire Revised Statutes Annotated (West); Lexis New Hampshire Revised Statutes Annotated
N.H. Rev. Stat. Ann. Adv. Legis. Serv.	session_law	us:nh	Lexis New Hampshire Revised Statutes Annotated <year> Advance Legislative Service (LexisNexis)
N.H. Rulemaking Reg.	regulation	us:nh	New Hampshire Rulemaking Register
N.J. Admin. Code	regulation	us:nj	New Jersey Administrative Code (LexisNexis)
N.J. Laws	session_law	us:nj	Laws of New Jersey
N.J. Reg.	regulation	us:nj	New Jersey Register (LexisNexis)
N.J. Rev. Stat.	statute	us:nj	New Jersey Revised Statutes (2013)
N.J. Sess. Law Serv.	session_law	us:nj	New Jersey Session Law Service (West)
N.J. Stat. Ann.	statute	us:nj	New Jersey Statutes Annotated (West)
N.M. Adv. Legis. Serv.	session_law	us:nm	New Mexico Advance Legislative Service (Conway Greene)
N.M. Code R.	regulation	us:nm	Code of New Mexico Rules (LexisNexis)
N.M. Laws	session_law	us:nm	Laws of the State of New Mexico
N.M. Legis. Serv.	session_law	us:nm	West's New Mexico Legislative Service
N.M. Reg.	regulation	us:nm	New Mexico Register
N.M. Stat. Ann.	statute	us:nm	New Mexico Statutes Annotated 1978 (Conway Greene); West's New Mexico Statutes Annotated; Michie's Annotated Statutes of New Mexico (LexisNexis)
N.Y. Comp. Codes R. & Regs.	regulation	us:ny	Official Compilation of Codes, Rules & Regulations of the State of New York (West)
N.Y. Consol. Laws Adv.	session_law	us:ny	New York Consolidated Laws Service
N.Y. Laws	session_law	us:ny	Laws of New York
N.Y. Legis. Serv.	session_law	us:ny	Advance Legislative Service (LexisNexis)
N.Y. Reg.	regulation	us:ny	New York State Register
N.Y. Sess. Laws	session_law	us:ny	McKinney's Session Laws of New York (West) (McKinney)
N.Y. {subject}	statute	us:ny	McKinney's Consolidated Laws; Consolidated Laws Service; LexisNexis New York Consolidated Laws Unannotated
N.Y. {subject} Law	statute	us:ny	McKinney's Consolidated Laws of New York Annotated (West); New York Consolidated Laws Service (LexisNexis); New York Consolidated Laws Unannotated (LexisNexis)
Navajo Nation Code Ann.	statute	Navajo Nation	Navajo Nation Code Annotated (West)
Neb. Admin. Code	regulation	us:ne	Nebraska Administrative Code
Neb. Laws	session_law	us:ne	Laws of Nebraska
Neb. Legis. Serv.	session_law	us:ne	West's Nebraska Legislative Service
Neb. Rev. Stat.	statute	us:ne	Revised Statutes of Nebraska
Neb. Rev. Stat. Ann.	statute	us:ne	Revised Statutes of Nebraska Annotated (LexisNexis); West's Revised Statutes of Nebraska Annotated
Nev. Admin. Code	regulation	us:nv	Nevada Administrative Code
Nev. Legis. Serv.	session_law	us:nv	West's Nevada Legislative Service
Nev. Reg. Admin. Regs.	regulation	us:nv	Nevada Register of Administrative Regulations
Nev. Rev. Stat.	statute	us:nv	Nevada Revised Statutes
Nev. Rev. Stat. Ann.	statute	us:nv	Michie's Nevada Revised Statutes Annotated (LexisNexis); West's Nevada Revised Statutes Annotated
Nev. Stat.	session_law	us:nv	Statutes of Nevada
Ohio Admin. Code	regulation	us:oh	Baldwin's Ohio Administrative Code (West)
Ohio Dep't	regulation	us:oh	Ohio Department Reports
Ohio Gov't	regulation	us:oh	Ohio Government Reports
Ohio Laws	session_law	us:oh	State of Ohio: Legislative Acts Passed and Joint Resolutions Adopted
Ohio Legis. Bull.	session_law	us:oh	Page's Ohio Legislative Bulletin (LexisNexis)
Ohio Legis. Serv. Ann.	session_law	us:oh	Baldwin's Ohio Legislative Service Annotated (West)
Ohio Monthly Rec.	regulation	us:oh	Baldwin's Ohio Monthly Record
Ohio Rev. Code Ann.	statute	us:oh	Page's Ohio Revised Code Annotated (LexisNexis); Baldwin's Ohio Revised Code Annotated (West)
Okla. Admin. Code	regulation	us:ok	Oklahoma Administrative Code
Okla. Gaz.	regulation	us:ok	Oklahoma Gazette 1962-1983
Okla. Reg.	regulation	us:ok	Oklahoma Register 1983-date
Okla. Sess. Law Serv.	session_law	us:ok	Oklahoma Session Law Service (West)
Okla. Sess. Laws	session_law	us:ok	Oklahoma Session Laws (West)
Okla. Stat.	statute	us:ok	Oklahoma Statutes (West)
Okla. Stat. Ann.	statute	us:ok	Oklahoma Statutes Annotated (West)
Or. Admin. R.	regulation	us:or	Oregon Administrative Rules
Or. Bull.	regulation	us:or	Oregon Bulletin
Or. Laws	session_law	us:or	Oregon Laws and Resolutions
Or. Laws Adv. Sh.	session_law	us:or	
Or. Laws Spec. Sess.	session_law	us:or	
Or. Legis. Serv.	session_law	us:or	West's Oregon Legislative Service
Or. Rev. Stat.	statute	us:or	Oregon Revised Statutes
Or. Rev. Stat. Ann.	statute	us:or	West's Oregon Revised Statutes Annotated
P.R. Laws	session_law	us:pr	Laws of Puerto Rico
P.R. Laws Ann.	statute	us:pr	Laws of Puerto Rico Annotated (LexisNexis)
P.R. Leyes	session_law	us:pr	Leyes de Puerto Rico (LexisNexis)
P.R. Leyes An.	statute	us:pr	Leyes de Puerto Rico Anotadas (LexisNexis)
Pa. Bull.	regulation	us:pa	Pennsylvania Bulletin (Fry Communications)
Pa. Code	regulation	us:pa	Pennsylvania Code (Fry Communications)
Pa. Cons. Stat.	statute	us:pa	Pennsylvania Consolidated Statutes
Pa. Laws	session_law	us:pa	Laws of Pennsylvania
Pa. Legis. Serv.	session_law	us:pa	Purdon's Pennsylvania Legislative Service (West)
Pa. Stat. and Cons. Stat. Ann.	statute	us:pa	Purdon's Pennsylvania Statutes and Consolidated Statutes Annotated (West)
Private Law	statute	us	Private Laws
Pub. L.	statute	us	Public Laws
Pub.L.	statute	us	Public Laws
Public Law	statute	us	Public Laws
Pvt. L.	statute	us	Private Laws
Pvt.L.	statute	us	Private Laws
R.I. Acts & Resolves	session_law	us:ri	Acts and Resolves of Rhode Island and Providence Plantations
R.I. Adv. Legis. Serv.	session_law	us:ri	Rhode Island Advance Legislative Service (LexisNexis)
R.I. Adv. Legis. Serv.	session_law	us:ri	West's Rhode Island Advance Legislative Service
R.I. Code R.	regulation	us:ri	Code of Rhode Island Rules (LexisNexis)
R.I. Gen. Laws	statute	us:ri	General Laws of Rhode Island (LexisNexis)
R.I. Gen. Laws Ann.	statute	us:ri	West's General Laws of Rhode Island Annotated
R.I. Gov't Reg.	regulation	us:ri	Rhode Island Government Register (LexisNexis)
R.I. Pub. Laws	session_law	us:ri	Public Laws of Rhode Island and Providence Plantations
Repub. Tex. Laws	session_law	us:tx	Laws of the Republic of Texas
S.C. Acts	session_law	us:sc	Acts and Joint Resolutions, South Carolina
S.C. Code Ann.	statute	us:sc	Code of Laws of South Carolina 1976 Annotated
S.C. Code Ann. Regs.	regulation	us:sc	Code of Laws of South Carolina 1976 Annotated:Code of Regulations (West)
S.C. Reg.	regulation	us:sc	South Carolina State Register
S.D. Admin. R.	regulation	us:sd	Administrative Rules of South Dakota
S.D. Codified Laws	statute	us:sd	South Dakota Codified Laws (West)
S.D. Reg.	regulation	us:sd	South Dakota Register
S.D. Sess. Laws	session_law	us:sd	Session Laws of South Dakota
Stat.	session_law	us	United States Statutes at Large
Tenn. Admin. Reg.	regulation	us:tn	Tennessee Administrative Register
Tenn. Code Ann.	statute	us:tn	Tennessee Code Annotated (LexisNexis); West's Tennessee Code Annotated
Tenn. Code Ann. Adv. Legis. Serv.	session_law	us:tn	Tennessee Code Annotated Advance Legislative Service (LexisNexis)
Tenn. Comp. R. & Regs.	regulation	us:tn	Official Compilation Rules & Regulations of the State of Tennessee
Tenn. Legis. Serv.	session_law	us:tn	West's Tennessee Legislative Service
Tenn. Priv. Acts	session_law	us:tn	Private Acts of the State of Tennessee
Tenn. Pub. Acts	session_law	us:tn	Public Acts of the State of Tennessee
Tex. Admin. Code	regulation	us:tx	Texas Administrative Code (West)
Tex. Bus. Corp. Act Ann.	statute	us:tx	Vernon's Texas Business Corporation Act Annotated (West)
Tex. Code Crim. Proc. Ann.	statute	us:tx	Vernon's Texas Code of Criminal Procedure Annotated (West)
Tex. Gen. Laws	session_law	us:tx	General and Special Laws of the State of Texas
Tex. Ins. Code Ann.	statute	us:tx	Vernon's Texas Insurance Code Annotated (West)
Tex. Prob. Code Ann.	statute	us:tx	Vernon's Texas Probate Code Annotated (West)
Tex. Reg.	regulation	us:tx	Texas Register (LexisNexis)
Tex. Rev. Civ. Stat. Ann.	statute	us:tx	Vernon's Texas Revised Civil Statutes Annotated (West)
Tex. Sess. Law Serv.	session_law	us:tx	Vernon's Texas Session Law Service (West)
Tex. {subject} Code Ann.	statute	us:tx	Vernon's Texas Codes Annotated (West)
Treas. Reg.	regulation	us	Department of the Treasury
U. S. C.	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
U.S. Code	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
U.S.C.	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
U.S.C.A.	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
U.S.C.S.	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
U.S.C.U.	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
USC	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
United States Code	statute	us	United States Code; United States Code Annotated; United States Code Service; Gould’s United States Code Unannotated
Utah Admin. Code	regulation	us:ut	Utah Administrative Code
Utah Adv. Legis. Serv.	session_law	us:ut	Utah Code <year> Advance Legislative Service (LexisNexis)
Utah Bull.	regulation	us:ut	Utah State Bulletin
Utah Code Ann.	statute	us:ut	Utah Code Annotated (LexisNexis); West's Utah Code Annotated
Utah Laws	session_law	us:ut	Laws of Utah
Utah. Legis. Serv.	session_law	us:ut	Utah Legislative Service (West)
V.I. Code Ann.	statute	us:vi	Virgin Islands Code Annotated (LexisNexis)
V.I. Code Ann. Adv.	session_law	us:vi	Virgin Islands Code Annotated Advance
V.I. Code R.	regulation	us:vi	Code of U.S. Virgin Islands Rules (LexisNexis)
V.I. Gov't Reg.	regulation	us:vi	Virgin Islands Government Register (LexisNexis)
V.I. Legis. Serv.	session_law	us:vi	Legislative Service (LexisNexis)
V.I. Sess. Laws	session_law	us:vi	Session Laws of the Virgin Islands
Va. Acts	session_law	us:va	Acts of the General Assembly of the Commonwealth of Virginia
Va. Admin. Code	regulation	us:va	Virginia Administrative Code (West)
Va. Adv. Legis. Serv.	session_law	us:va	Virginia <year> Advance Legislative Service (LexisNexis)
Va. Code Ann.	statute	us:va	Code of Virginia 1950 Annotated (LexisNexis); West's Annotated Code of Virginia
Va. Legis. Serv.	session_law	us:va	West's Virginia Legislative Service
Va. Reg. Regs.	regulation	us:va	Virginia Register of Regulations (LexisNexis)
Vt. Acts & Resolves	session_law	us:vt	Acts and Resolves of Vermont
Vt. Adv. Legis. Serv.	session_law	us:vt	Vermont <year> Advance Legislative Service(LexisNexis)
Vt. Code R.	regulation	us:vt	Code of Vermont Rules (LexisNexis)
Vt. Gov't Reg.	regulation	us:vt	Vermont Government Register (LexisNexis)
Vt. Legis. Serv.	session_law	us:vt	West's Vermont Legislative Service
Vt. Stat. Ann.	statute	us:vt	Vermont Statutes Annotated (LexisNexis); West's Vermont Statutes Annotated
W. Va. Acts	session_law	us:wv	Acts of the Legislature of West Virginia
W. Va. Adv. Legis. Serv.	session_law	us:wv	West Virginia <year> Advance Legislative Service (LexisNexis)
W. Va. Code	statute	us:wv	West Virginia Code
W. Va. Code Ann.	statute	us:wv	Michie's West Virginia Code Annotated (LexisNexis); West's Annotated Code of West Virginia
W. Va. Code R.	regulation	us:wv	West Virginia Code of State Rules
W. Va. Legis. Serv.	session_law	us:wv	West's West Virginia Legislative Service
W. Va. Reg.	regulation	us:wv	West Virginia Register
Wash. Admin. Code	regulation	us:wa	Washington Administrative Code
Wash. Legis. Serv.	session_law	us:wa	West's Washington Legislative Service
Wash. Reg.	regulation	us:wa	Washington State Register
Wash. Rev. Code	statute	us:wa	Revised Code of Washington
Wash. Rev. Code Ann.	statute	us:wa	West's Revised Code of Washington Annotated; Annotated Revised Code of Washington (LexisNexis)
Wash. Sess. Laws	session_law	us:wa	Session Laws of Washington
Wis. Admin. Code	regulation	us:wi	Wisconsin Administrative Code
Wis. Admin. Reg.	regulation	us:wi	Wisconsin Administrative Register
Wis. Legis. Serv.	session_law	us:wi	West's Wisconsin Legislative Service
Wis. Sess. Laws	session_law	us:wi	Wisconsin Session Laws
Wis. Stat.	statute	us:wi	Wisconsin Statutes
Wis. Stat. Ann.	statute	us:wi	West's Wisconsin Statutes Annotated
Wyo. Code R.	regulation	us:wy	Code of Wyoming Rules (LexisNexis)
Wyo. Gov't Reg.	regulation	us:wy	Wyoming Government Register (LexisNexis)
Wyo. Legis. Serv.	session_law	us:wy	West's Wyoming Legislative Service
Wyo. Sess. Laws	session_law	us:wy	Session Laws of Wyoming
Wyo. Stat. Ann.	statute	us:wy	Wyoming Statutes Annotated (LexisNexis); West's Wyoming Statutes Annotated
"""#

    /// Grammars/data/courts.tsv (2057 rows).
    static let courts: String = #"""
10th Cir.	Court of Appeals for the Tenth Circuit	us:c10	intermediate	jurism+courts-db
10th Cir. BAP	United States Bankruptcy Appellate Panel of The Tenth Circuit	us	bankruptcy_appellate	courts-db
11th Cir.	United States Court of Appeals for the Eleventh Circuit	us:c11	intermediate	jurism+courts-db
1st Cir.	Court of Appeals for the First Circuit	us:c1	intermediate	jurism+courts-db
1st Cir. BAP	United States Bankruptcy Appellate Panel of The First Circuit	us	bankruptcy_appellate	courts-db
2d Cir.	Court of Appeals for the Second Circuit	us:c2	intermediate	jurism+courts-db
2nd Cir. BAP	United States Bankruptcy Appellate Panel of The Second Circuit	us	bankruptcy_appellate	courts-db
3d Cir.	Court Appeals	us:c3	intermediate	jurism
3rd Cir.	Court of Appeals for the Third Circuit	us	intermediate	courts-db
4th Cir.	Court of Appeals for the Fourth Circuit	us:c4	intermediate	jurism+courts-db
5th Cir.	Court of Appeals for the Fifth Circuit	us:c5	intermediate	jurism+courts-db
6th Cir.	Court of Appeals for the Sixth Circuit	us:c6	intermediate	jurism+courts-db
6th Cir. BAP	United States Bankruptcy Appellate Panel of The Sixth Circuit	us	bankruptcy_appellate	courts-db
7th Cir.	Court of Appeals for the Seventh Circuit	us:c7	intermediate	jurism+courts-db
8th Cir.	Court of Appeals for the Eighth Circuit	us:c8	intermediate	jurism+courts-db
8th Cir. BAP	United States Bankruptcy Appellate Panel of The Eighth Circuit	us	bankruptcy_appellate	courts-db
9th Cir.	Court of Appeals for the Ninth Circuit	us:c9	intermediate	jurism+courts-db
9th Cir. BAP	United States Bankruptcy Appellate Panel of The Ninth Circuit	us	bankruptcy_appellate	courts-db
A.C.C.A.	U S Army Court of Criminal Appeals	us	intermediate	courts-db
A.F. Ct. Crim. App.	Air Force Court Criminal Appeals	us:fed	special	jurism
A.F.C.C.A.	U S Air Force Court of Criminal Appeals	us	intermediate	courts-db
A.S.B.C.A.	Armed Services Board Contract Appeals	us:fed	agency	jurism
Accomack Cir. Ct.	Accomack County Circuit Court	us:va	trial	courts-db
Adair Circ. Ct., Ky.	Adair Circuit Court, Kentucky	us:ky	trial	courts-db
Adams Cty. Ct. Cmn. Pleas	Adams County Court of Common Pleas	us:pa	trial	courts-db
Adams Cty. Ct. Oy. Term.	Adams County Court of Oyer and Terminer	us:pa	trial	courts-db
Adams Cty. Ct. Qtr. Sess.	Adams County Court of Quarter Sessions	us:pa	trial	courts-db
Adams Cty. Orphans' Ct.	Adams County Orphans' Court	us:pa	trial	courts-db
Ala.	Supreme Court of Alabama	us:al	highest	jurism+courts-db
Ala. Civ. App.	Alabama Court of Civil Appeals	us:al	intermediate	jurism+courts-db
Ala. Crim. App.	Alabama Court of Criminal Appeals	us:al	intermediate	jurism+courts-db
Ala. Ct. App.	Alabama Court of Appeals	us:al	intermediate	jurism+courts-db
Alaska	Alaska Supreme Court	us:ak	highest	jurism+courts-db
Alaska Ct. App.	Alaska Court of Appeals	us:ak	intermediate	jurism+courts-db
Albemarle Cir. Ct.	Albemarle County Circuit Court	us:va	trial	courts-db
Alexandria Cir. Ct.	Alexandria County Circuit Court	us:va	trial	courts-db
Alleghany Cir. Ct.	Alleghany County Circuit Court	us:va	trial	courts-db
Alleghany Cty. Ct. Cmn. Pleas	Alleghany County Court of Common Pleas	us:pa	trial	courts-db
Allegheny Cty. Ct. Oy. Term.	Allegheny County Court of Oyer and Terminer	us:pa	trial	courts-db
Allegheny Cty. Ct. Qtr. Sess.	Allegheny County Court of Quarter Sessions	us:pa	trial	courts-db
Allegheny Cty. Orphans' Ct.	Allegheny County Orphans' Court	us:pa	trial	courts-db
Allen Circ. Ct., Ky.	Allen Circuit Court, Kentucky	us:ky	trial	courts-db
Amelia Cir. Ct.	Amelia County Circuit Court	us:va	trial	courts-db
Amherst Cir. Ct.	Amherst County Circuit Court	us:va	trial	courts-db
Anderson Circ. Ct., Ky.	Anderson Circuit Court, Kentucky	us:ky	trial	courts-db
Appomattox Cir. Ct.	Appomattox County Circuit Court	us:va	trial	courts-db
Ariz.	Arizona Supreme Court	us:az	highest	jurism+courts-db
Ariz. Ct. App.	Arizona Court of Appeals	us:az	intermediate	jurism+courts-db
Ark.	Arkansas Supreme Court	us:ar	highest	jurism+courts-db
Ark. Att'y Gen.	Arkansas Attorney General Reports	us:ar	agency	jurism+courts-db
Ark. Ct. App.	Arkansas Court of Appeals	us:ar	intermediate	jurism+courts-db
Ark. Workers' Comp.	Arkansas Workers' Compensation Commission	us:ar	intermediate	courts-db
Arlington Cir. Ct.	Arlington County Circuit Court	us:va	trial	courts-db
Armstrong Cty. Ct. Cmn. Pleas	Armstrong County Court of Common Pleas	us:pa	trial	courts-db
Armstrong Cty. Ct. Qtr. Sess.	Armstrong County Court of Quarter Sessions	us:pa	trial	courts-db
Armstrong Cty. Orphans' Ct.	Armstrong County Orphans' Court	us:pa	trial	courts-db
Army Ct. Crim. App.	Army Court Criminal Appeals	us:fed	special	jurism
Atlantic Cty. Cir. Ct., N.J.	Atlantic County Circuit Court, N.J.	us:nj	intermediate	courts-db
Atlantic Cty. Fam. Ct.	Atlantic County Family Court	us:nj	trial	courts-db
Atlantic Cty. Super. Ct.	Atlantic County Superior Court	us:nj	trial	courts-db
Atlantic Cty. Surr. Ct.	Atlantic County Surrogate's Court	us:nj	trial	courts-db
Att'y Gen.	Attorney General	us:fed	agency	jurism
Augusta Cir. Ct.	Augusta County Circuit Court	us:va	trial	courts-db
B.A.P. 10th Cir.	Bankruptcy Appellate Panel	us:c10	bankruptcy_appellate	jurism
B.A.P. 11th Cir.	Bankruptcy Appellate Panel	us:c11	bankruptcy_appellate	jurism
B.A.P. 1st Cir.	Bankruptcy Appellate Panel	us:c1	bankruptcy_appellate	jurism
B.A.P. 2d Cir.	Bankruptcy Appellate Panel	us:c2	bankruptcy_appellate	jurism
B.A.P. 3d Cir.	Bankruptcy Appellate Panel	us:c3	bankruptcy_appellate	jurism
B.A.P. 4th Cir.	Bankruptcy Appellate Panel	us:c4	bankruptcy_appellate	jurism
B.A.P. 5th Cir.	Bankruptcy Appellate Panel	us:c5	bankruptcy_appellate	jurism
B.A.P. 6th Cir.	Bankruptcy Appellate Panel	us:c6	bankruptcy_appellate	jurism
B.A.P. 7th Cir.	Bankruptcy Appellate Panel	us:c7	bankruptcy_appellate	jurism
B.A.P. 8th Cir.	Bankruptcy Appellate Panel	us:c8	bankruptcy_appellate	jurism
B.A.P. 9th Cir.	Bankruptcy Appellate Panel	us:c9	bankruptcy_appellate	jurism
B.A.P. D. Me.	Bankruptcy Appellate Panel	us:c1:me.d	bankruptcy_appellate	jurism
B.A.P. Mass.	Bankruptcy Appellate Panel	us:ma	bankruptcy_appellate	jurism
B.P.A.I.	Board of Patent Appeals and Interferences	us	intermediate	courts-db
B.T.A.	United States Board of Tax Appeals	us	intermediate	courts-db
Baker Cty. Cir. Ct., O.R.	Baker County Circuit Court, Oregon	us:or	trial	courts-db
Ballard Circ. Ct., Ky.	Ballard Circuit Court, Kentucky	us:ky	trial	courts-db
Bankr. C.D. Cal.	United States Bankruptcy Court, C.D. California	us:c9:ca.cd	bankruptcy	jurism+courts-db
Bankr. C.D. Ill.	United States Bankruptcy Court, C.D. Illinois	us:c7:il.cd	bankruptcy	jurism+courts-db
Bankr. D. Alaska	United States Bankruptcy Court, D. Alaska	us:c9:ak.d	bankruptcy	jurism+courts-db
Bankr. D. Ariz.	United States Bankruptcy Court, D. Arizona	us:c9:az.d	bankruptcy	jurism+courts-db
Bankr. D. Colo.	United States Bankruptcy Court, D. Colorado	us:c10:co.d	bankruptcy	jurism
Bankr. D. Conn.	United States Bankruptcy Court, D. Connecticut	us:c2:ct.d	bankruptcy	jurism+courts-db
Bankr. D. Del.	United States Bankruptcy Court, D. Delaware	us:c3:de.d	bankruptcy	jurism+courts-db
Bankr. D. Guam	United States Bankruptcy Court, D. Guam	us:c9:gu.d	bankruptcy	jurism+courts-db
Bankr. D. Haw.	United States Bankruptcy Court, D. Hawaii	us:c9:hi.d	bankruptcy	jurism+courts-db
Bankr. D. Idaho	United States Bankruptcy Court, D. Idaho	us:c9:id.d	bankruptcy	jurism+courts-db
Bankr. D. Iowa	United States Bankruptcy Court, N.D. Iowa	us	bankruptcy	courts-db
Bankr. D. Kan.	United States Bankruptcy Court, D. Kansas	us:c10:ks.d	bankruptcy	jurism+courts-db
Bankr. D. Mass.	United States Bankruptcy Court, D. Massachusetts	us:c1:ma.d	bankruptcy	jurism+courts-db
Bankr. D. Md.	United States Bankruptcy Court, D. Maryland	us:c4:md.d	bankruptcy	jurism+courts-db
Bankr. D. Me.	United States Bankruptcy Court, D. Maine	us:c1:me.d	bankruptcy	jurism+courts-db
Bankr. D. Minn.	United States Bankruptcy Court, D. Minnesota	us:c8:mn.d	bankruptcy	jurism+courts-db
Bankr. D. Mont.	United States Bankruptcy Court, D. Montana	us:c9:mt.d	bankruptcy	jurism+courts-db
Bankr. D. Neb.	United States Bankruptcy Court, D. Nebraska	us:c8:ne.d	bankruptcy	jurism+courts-db
Bankr. D. Nev.	United States Bankruptcy Court, D. Nevada	us:c9:nv.d	bankruptcy	jurism+courts-db
Bankr. D. Or.	United States Bankruptcy Court, D. Oregon	us:c9:or.d	bankruptcy	jurism+courts-db
Bankr. D. Tenn.	United States Bankruptcy Court, D. Tennessee	us:c6:tn.d	bankruptcy	jurism+courts-db
Bankr. D. Utah	United States Bankruptcy Court, D. Utah	us:c10:ut.d	bankruptcy	jurism+courts-db
Bankr. D. Vt.	United States Bankruptcy Court, D. Vermont	us:c2:vt.d	bankruptcy	jurism+courts-db
Bankr. D. Wyo.	United States Bankruptcy Court, D. Wyoming	us:c10:wy.d	bankruptcy	jurism+courts-db
Bankr. D.C.	United States Bankruptcy Court, District of Columbia	us	bankruptcy	courts-db
Bankr. D.D.C.	Bankruptcy Court	us:c0:dc.d	bankruptcy	jurism
Bankr. D.N. Mar. Is.	Bankruptcy Court	us:c9:mp.d	bankruptcy	jurism
Bankr. D.N.D.	United States Bankruptcy Court, D. North Dakota	us:c8:nd.d	bankruptcy	jurism+courts-db
Bankr. D.N.H.	United States Bankruptcy Court, D. New Hampshire	us:c1:nh.d	bankruptcy	jurism+courts-db
Bankr. D.N.J.	United States Bankruptcy Court, D. New Jersey	us:c3:nj.d	bankruptcy	jurism+courts-db
Bankr. D.N.M.	United States Bankruptcy Court, D. New Mexico	us:c10:nm.d	bankruptcy	jurism+courts-db
Bankr. D.P.R.	United States Bankruptcy Court, D. Puerto Rico	us:c1:pr.d	bankruptcy	jurism+courts-db
Bankr. D.R.I.	United States Bankruptcy Court, D. Rhode Island	us:c1:ri.d	bankruptcy	jurism+courts-db
Bankr. D.S.C.	United States Bankruptcy Court, D. South Carolina	us:c4:sc.d	bankruptcy	jurism+courts-db
Bankr. D.S.D.	United States Bankruptcy Court, D. South Dakota	us:c8:sd.d	bankruptcy	jurism+courts-db
Bankr. D.V.I.	United States Bankruptcy Court, D. Virgin Islands	us:c3:vi.d	bankruptcy	jurism+courts-db
Bankr. E.D. Ark.	United States Bankruptcy Court, E.D. Arkansas	us:c8:ar.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Cal.	United States Bankruptcy Court, E.D. California	us:c9:ca.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Ky.	United States Bankruptcy Court, E.D. Kentucky	us:c6:ky.ed	bankruptcy	jurism+courts-db
Bankr. E.D. La.	United States Bankruptcy Court, E.D. Louisiana	us:c5:la.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Mich.	United States Bankruptcy Court, E.D. Michigan	us:c6:mi.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Mo.	United States Bankruptcy Court, E.D. Missouri	us:c8:mo.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Okla.	United States Bankruptcy Court, E.D. Oklahoma	us:c10:ok.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Pa.	United States Bankruptcy Court, E.D. Pennsylvania	us:c3:pa.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Tenn.	United States Bankruptcy Court, E.D. Tennessee	us:c6:tn.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Tex.	United States Bankruptcy Court, E.D. Texas	us:c5:tx.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Va.	United States Bankruptcy Court, E.D. Virginia	us:c4:va.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Wash.	United States Bankruptcy Court, E.D. Washington	us:c9:wa.ed	bankruptcy	jurism+courts-db
Bankr. E.D. Wis.	United States Bankruptcy Court, E.D. Wisconsin	us:c7:wi.ed	bankruptcy	jurism+courts-db
Bankr. E.D.N.C.	United States Bankruptcy Court, E.D. North Carolina	us:c4:nc.ed	bankruptcy	jurism+courts-db
Bankr. E.D.N.Y.	United States Bankruptcy Court, E.D. New York	us:c2:ny.ed	bankruptcy	jurism+courts-db
Bankr. M.D. Ala.	United States Bankruptcy Court for the Middle District of Alabama	us:c11:al.md	bankruptcy	jurism+courts-db
Bankr. M.D. Fla.	United States Bankruptcy Court, M.D. Florida	us:c11:fl.md	bankruptcy	jurism+courts-db
Bankr. M.D. Ga.	United States Bankruptcy Court, M.D. Georgia	us:c11:ga.md	bankruptcy	jurism+courts-db
Bankr. M.D. La.	United States Bankruptcy Court, M.D. Louisiana	us:c5:la.md	bankruptcy	jurism+courts-db
Bankr. M.D. Pa.	Bankruptcy Court	us:c3:pa.md	bankruptcy	jurism
Bankr. M.D. Penn.	United States Bankruptcy Court, M.D. Pennsylvania	us	bankruptcy	courts-db
Bankr. M.D. Tenn.	United States Bankruptcy Court, M.D. Tennessee	us:c6:tn.md	bankruptcy	jurism+courts-db
Bankr. M.D.N.C.	United States Bankruptcy Court, M.D. North Carolina	us:c4:nc.md	bankruptcy	jurism+courts-db
Bankr. N. Mar. I.	United States Bankruptcy Court, Northern Mariana Islands	us	bankruptcy	courts-db
Bankr. N.D. Ala.	United States Bankruptcy Court, N.D. Alabama	us:c11:al.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Cal.	United States Bankruptcy Court, N.D. California	us:c9:ca.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Fla.	United States Bankruptcy Court, N.D. Florida	us:c11:fl.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Ga.	United States Bankruptcy Court, N.D. Georgia	us:c11:ga.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Ill.	United States Bankruptcy Court, N.D. Illinois	us:c7:il.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Ind.	United States Bankruptcy Court, N.D. Indiana	us:c7:in.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Iowa	Bankruptcy Court	us:c8:ia.nd	bankruptcy	jurism
Bankr. N.D. Miss.	United States Bankruptcy Court, N.D. Mississippi	us:c5:ms.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Ohio	United States Bankruptcy Court, N.D. Ohio	us:c6:oh.nd	bankruptcy	jurism+courts-db
Bankr. N.D. Okla	United States Bankruptcy Court, N.D. Oklahoma	us	bankruptcy	courts-db
Bankr. N.D. Okla.	United States Bankruptcy Court, N.D. Oklahoma	us:c10:ok.nd	bankruptcy	jurism
Bankr. N.D. Tex.	United States Bankruptcy Court, N.D. Texas	us:c5:tx.nd	bankruptcy	jurism+courts-db
Bankr. N.D.N.Y.	United States Bankruptcy Court, N.D. New York	us:c2:ny.nd	bankruptcy	jurism+courts-db
Bankr. N.D.W. Va.	United States District Court, N.D. West Virginia	us:c4:wv.nd	bankruptcy	jurism+courts-db
Bankr. S.D. Ala.	United States Bankruptcy Court, S.D. Alabama	us:c11:al.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Cal.	United States Bankruptcy Court, S.D. California	us:c9:ca.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Fla.	Bankruptcy Court	us:c11:fl.sd	bankruptcy	jurism
Bankr. S.D. Florida	United States Bankruptcy Court, Southern District Florida	us	bankruptcy	courts-db
Bankr. S.D. Ga.	United States Bankruptcy Court, S.D. Georgia	us:c11:ga.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Ill.	United States Bankruptcy Court, S.D. Illinois	us:c7:il.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Ind.	United States Bankruptcy Court, S.D. Indiana	us:c7:in.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Iowa	United States Bankruptcy Court, S.D. Iowa	us:c8:ia.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Miss.	United States Bankruptcy Court, S.D. Mississippi	us:c5:ms.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Ohio	United States Bankruptcy Court, S.D. Ohio	us:c6:oh.sd	bankruptcy	jurism+courts-db
Bankr. S.D. Tex.	United States Bankruptcy Court, S.D. Texas	us:c5:tx.sd	bankruptcy	jurism+courts-db
Bankr. S.D.N.Y.	United States Bankruptcy Court, S.D. New York	us:c2:ny.sd	bankruptcy	jurism+courts-db
Bankr. S.D.W. Va.	United States Bankruptcy Court, S.D. West Virginia	us:c4:wv.sd	bankruptcy	jurism+courts-db
Bankr. W.D. Ark.	United States Bankruptcy Court, W.D. Arkansas	us:c8:ar.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Ky.	United States Bankruptcy Court, W.D. Kentucky	us:c6:ky.wd	bankruptcy	jurism+courts-db
Bankr. W.D. La.	United States Bankruptcy Court, W.D. Louisiana	us:c5:la.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Mich.	United States Bankruptcy Court, W.D. Michigan	us:c6:mi.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Mo.	United States Bankruptcy Court, W.D. Missouri	us:c8:mo.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Okla.	United States Bankruptcy Court, W.D. Oklahoma	us:c10:ok.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Pa.	United States Bankruptcy Court, W.D. Pennsylvania	us:c3:pa.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Tenn.	United States Bankruptcy Court, W.D. Tennessee	us:c6:tn.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Tex.	United States Bankruptcy Court, W.D. Texas	us:c5:tx.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Va.	United States Bankruptcy Court, W.D. Virginia	us:c4:va.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Wash.	United States Bankruptcy Court, W.D. Washington	us:c9:wa.wd	bankruptcy	jurism+courts-db
Bankr. W.D. Wis.	United States Bankruptcy Court, W.D. Wisconsin	us:c7:wi.wd	bankruptcy	jurism+courts-db
Bankr. W.D.N.C.	United States Bankruptcy Court, W.D. North Carolina	us:c4:nc.wd	bankruptcy	jurism+courts-db
Bankr. W.D.N.Y.	United States Bankruptcy Court, W.D. New York	us:c2:ny.wd	bankruptcy	jurism+courts-db
Bankr.D. Colo.	United States Bankruptcy Court, D. Colorado	us	bankruptcy	courts-db
Barnstable Mass. Super. Ct.	Massachusetts Superior Court, Barnstable County	us:ma	trial	courts-db
Barren Circ. Ct., Ky.	Barren Circuit Court, Kentucky	us:ky	trial	courts-db
Bath Cir. Ct.	Bath County Circuit Court	us:va	trial	courts-db
Bath Circ. Ct., Ky.	Bath Circuit Court, Kentucky	us:ky	trial	courts-db
Beaver Cty. Ct. Cmn. Pleas	Beaver County Court of Common Pleas	us:pa	trial	courts-db
Beaver Cty. Ct. Oy. Term.	Beaver County Court of Oyer and Terminer	us:pa	trial	courts-db
Beaver Cty. Ct. Qtr. Sess.	Beaver County Court of Quarter Sessions	us:pa	trial	courts-db
Beaver Cty. Orphans' Ct.	Beaver County Orphans' Court	us:pa	trial	courts-db
Bedford Cir. Ct.	Bedford County Circuit Court	us:va	trial	courts-db
Bedford Cty. Ct. Cmn. Pleas	Bedford County Court of Common Pleas	us:pa	trial	courts-db
Bedford Cty. Ct. Oy. Term.	Bedford County Court of Oyer and Terminer	us:pa	trial	courts-db
Bedford Cty. Ct. Qtr. Sess.	Bedford County Court of Quarter Sessions	us:pa	trial	courts-db
Bedford Cty. Orphans' Ct.	Bedford County Orphans' Court	us:pa	trial	courts-db
Bell Circ. Ct., Ky.	Bell Circuit Court, Kentucky	us:ky	trial	courts-db
Benton Cty. Cir. Ct., O.R.	Benton County Circuit Court, Oregon	us:or	trial	courts-db
Bergen Cty. Cir. Ct., N.J.	Bergen County Circuit Court, N.J.	us:nj	intermediate	courts-db
Bergen Cty. Fam. Ct.	Bergen County Family Court	us:nj	trial	courts-db
Bergen Cty. Super. Ct.	Bergen County Superior Court	us:nj	trial	courts-db
Bergen Cty. Surr. Ct.	Bergen County Surrogate's Court	us:nj	trial	courts-db
Berks Cty. Ct. Cmn. Pleas	Berks County Court of Common Pleas	us:pa	trial	courts-db
Berks Cty. Ct. Oy. Term.	Berks County Court of Oyer and Terminer	us:pa	trial	courts-db
Berks Cty. Ct. Qtr. Sess.	Berks County Court of Quarter Sessions	us:pa	trial	courts-db
Berks Cty. Orphans' Ct.	Berks County Orphans' Court	us:pa	trial	courts-db
Berkshire Mass. Super. Ct.	Massachusetts Superior Court, Berkshire County	us:ma	trial	courts-db
Blair Cty. Ct. Cmn. Pleas	Blair County Court of Common Pleas	us:pa	trial	courts-db
Blair Cty. Ct. Qtr. Sess.	Blair County Court of Quarter Sessions	us:pa	trial	courts-db
Blair Cty. Orphans' Ct.	Blair County Orphans' Court	us:pa	trial	courts-db
Bland Cir. Ct.	Bland County Circuit Court	us:va	trial	courts-db
Boone Circ. Ct., Ky.	Boone Circuit Court, Kentucky	us:ky	trial	courts-db
Botetourt Cir. Ct.	Botetourt County Circuit Court	us:va	trial	courts-db
Bourbon Circ. Ct., Ky.	Bourbon Circuit Court, Kentucky	us:ky	trial	courts-db
Boyd Circ. Ct., Ky.	Boyd Circuit Court, Kentucky	us:ky	trial	courts-db
Boyle Circ. Ct., Ky.	Boyle Circuit Court, Kentucky	us:ky	trial	courts-db
Bracken Circ. Ct., Ky.	Bracken Circuit Court, Kentucky	us:ky	trial	courts-db
Bradford Cty. Ct. Cmn. Pleas	Bradford County Court of Common Pleas	us:pa	trial	courts-db
Bradford Cty. Ct. Qtr. Sess.	Bradford County Court of Quarter Sessions	us:pa	trial	courts-db
Bradford Cty. Orphans' Ct.	Bradford County Orphans' Court	us:pa	trial	courts-db
Breathitt Circ. Ct., Ky.	Breathitt Circuit Court, Kentucky	us:ky	trial	courts-db
Breckinridge Circ. Ct., Ky.	Breckinridge Circuit Court, Kentucky	us:ky	trial	courts-db
Bristol Cir. Ct.	Bristol County Circuit Court	us:va	trial	courts-db
Brunswick Cir. Ct.	Brunswick County Circuit Court	us:va	trial	courts-db
Buchanan Cir. Ct.	Buchanan County Circuit Court	us:va	trial	courts-db
Buckingham Cir. Ct.	Buckingham County Circuit Court	us:va	trial	courts-db
Bucks Cty. Ct. Cmn. Pleas	Bucks County Court of Common Pleas	us:pa	trial	courts-db
Bucks Cty. Ct. Oy. Term.	Bucks County Court of Oyer and Terminer	us:pa	trial	courts-db
Bucks Cty. Ct. Qtr. Sess.	Bucks County Court of Quarter Sessions	us:pa	trial	courts-db
Bucks Cty. Orphans' Ct.	Bucks County Orphans' Court	us:pa	trial	courts-db
Buena Vista Cir. Ct.	Buena Vista County Circuit Court	us:va	trial	courts-db
Bullitt Circ. Ct., Ky.	Bullitt Circuit Court, Kentucky	us:ky	trial	courts-db
Burke Cty. Super. Ct.	Burke County Superior Court, Ga.	us:ga	trial	courts-db
Burlington Cty. Cir. Ct., N.J.	Burlington County Circuit Court, N.J.	us:nj	intermediate	courts-db
Burlington Cty. Fam. Ct.	Burlington County Family Court	us:nj	trial	courts-db
Burlington Cty. Super. Ct.	Burlington County Superior Court	us:nj	trial	courts-db
Burlington Cty. Surr. Ct.	Burlington County Surrogate's Court	us:nj	trial	courts-db
Butler Circ. Ct., Ky.	Butler Circuit Court, Kentucky	us:ky	trial	courts-db
Butler Cty. Ct. Cmn. Pleas	Butler County Court of Common Pleas	us:pa	trial	courts-db
Butler Cty. Ct. Qtr. Sess.	Butler County Court of Quarter Sessions	us:pa	trial	courts-db
Butler Cty. Orphans' Ct.	Butler County Orphans' Court	us:pa	trial	courts-db
C. Cal.	U.S. Circuit Court for the District of California	us	intermediate	courts-db
C.A.A.F.	United States Court of Appeals For The Armed Forces	us:fed	special	jurism+courts-db
C.C.N.D. Fla.	United States Circuit Court for the Northern District of Florida	us	intermediate	courts-db
C.C.P.A.	Court of Customs and Patent Appeals	us:c	special	jurism+courts-db
C.C.S.D. Fla.	United States Circuit Court for the Southern District of Florida	us	intermediate	courts-db
C.D. Cal.	United States District Court for the Central District of California	us:c9:ca.cd	trial	jurism+courts-db
C.D. Ill.	District Court, C.D. Illinois	us:c7:il.cd	trial	jurism+courts-db
C.D. Mo.	District Court	us:c8:mo.cd	trial	jurism
CFPB	CFPB	us	agency	jurism
CFTC	CFTC	us	agency	jurism
Cal.	California Supreme Court	us:ca	highest	jurism+courts-db
Cal. App. Dep’t Super. Ct.	California Superior Court, Appellate Division	us:ca	intermediate	jurism+courts-db
Cal. Att'y Gen.	California Attorney General Reports	us:ca	agency	jurism+courts-db
Cal. Cir. Ct.	Circuit Court	us:ca.d	trial	jurism
Cal. Ct. App.	California Courts of Appeal	us:ca	intermediate	jurism+courts-db
Cal. Dist. Ct.	California District Court	us:ca	trial	courts-db
Caldwell Circ. Ct., Ky.	Caldwell Circuit Court, Kentucky	us:ky	trial	courts-db
Calloway Circ. Ct., Ky.	Calloway Circuit Court, Kentucky	us:ky	trial	courts-db
Cambria Cty. Ct. Cmn. Pleas	Cambria County Court of Common Pleas	us:pa	trial	courts-db
Cambria Cty. Ct. Oy. Term.	Cambria County Court of Oyer and Terminer	us:pa	trial	courts-db
Cambria Cty. Ct. Qtr. Sess.	Cambria County Court of Quarter Sessions	us:pa	trial	courts-db
Cambria Cty. Juv. Ct.	Cambria County of Juvenile Court	us:pa	trial	courts-db
Cambria Cty. Orphans' Ct.	Cambria County Orphans' Court	us:pa	trial	courts-db
Camden Cty. Cir. Ct., N.J.	Camden County Circuit Court, N.J.	us:nj	intermediate	courts-db
Camden Cty. Fam. Ct.	Camden County Family Court	us:nj	trial	courts-db
Camden Cty. Super. Ct.	Camden County Superior Court	us:nj	trial	courts-db
Camden Cty. Surr. Ct.	Camden County Surrogate's Court	us:nj	trial	courts-db
Cameron Cty. Ct. Cmn. Pleas	Cameron County Court of Common Pleas	us:pa	trial	courts-db
Cameron Cty. Ct. Qtr. Sess.	Cameron County Court of Quarter Sessions	us:pa	trial	courts-db
Cameron Cty. Orphans' Ct.	Cameron County Orphans' Court	us:pa	trial	courts-db
Campbell Cir. Ct.	Campbell County Circuit Court	us:va	trial	courts-db
Campbell Circ. Ct., Ky.	Campbell Circuit Court, Kentucky	us:ky	trial	courts-db
Cape May Cty. Cir. Ct., N.J.	Cape May County Circuit Court, N.J.	us:nj	intermediate	courts-db
Cape May Cty. Fam. Ct.	Cape May County Family Court	us:nj	trial	courts-db
Cape May Cty. Super. Ct.	Cape May County Superior Court	us:nj	trial	courts-db
Cape May Cty. Surr. Ct.	Cape May County Surrogate's Court	us:nj	trial	courts-db
Carbon Cty. Ct. Cmn. Pleas	Carbon County Court of Common Pleas	us:pa	trial	courts-db
Carbon Cty. Ct. Oy. Term.	Carbon County Court of Oyer and Terminer	us:pa	trial	courts-db
Carbon Cty. Ct. Qtr. Sess.	Carbon County Court of Quarter Sessions	us:pa	trial	courts-db
Carbon Cty. Orphans' Ct.	Carbon County Orphans' Court	us:pa	trial	courts-db
Carlisle Circ. Ct., Ky.	Carlisle Circuit Court, Kentucky	us:ky	trial	courts-db
Caroline Cir. Ct.	Caroline County Circuit Court	us:va	trial	courts-db
Carroll Cir. Ct.	Carroll County Circuit Court	us:va	trial	courts-db
Carroll Circ. Ct., Ky.	Carroll Circuit Court, Kentucky	us:ky	trial	courts-db
Carroll Cty. Super. Ct.	Carroll County Superior Court, Ga.	us:ga	trial	courts-db
Carter Circ. Ct., Ky.	Carter Circuit Court, Kentucky	us:ky	trial	courts-db
Casey Circ. Ct., Ky.	Casey Circuit Court, Kentucky	us:ky	trial	courts-db
Centre Cty. Ct. Cmn. Pleas	Centre County Court of Common Pleas	us:pa	trial	courts-db
Centre Cty. Ct. Qtr. Sess.	Centre County Court of Quarter Sessions	us:pa	trial	courts-db
Centre Cty. Orphans' Ct.	Centre County Orphans' Court	us:pa	trial	courts-db
Charles City Cir. Ct.	Charles City County Circuit Court	us:va	trial	courts-db
Charlotte Cir. Ct.	Charlotte County Circuit Court	us:va	trial	courts-db
Charlottesville Cir. Ct.	Charlottesville County Circuit Court	us:va	trial	courts-db
Chatham Superior Court	Chatham Superior Court, Ga.	us:ga	trial	courts-db
Chesapeake Cir. Ct.	Chesapeake County Circuit Court	us:va	trial	courts-db
Chester Cty. Ct. Cmn. Pleas	Chester County Court of Common Pleas	us:pa	trial	courts-db
Chester Cty. Ct. Oy. Term.	Chester County Court of Oyer and Terminer	us:pa	trial	courts-db
Chester Cty. Ct. Qtr. Sess.	Chester County Court of Quarter Sessions	us:pa	trial	courts-db
Chester Cty. Orphans' Ct.	Chester County Orphans' Court	us:pa	trial	courts-db
Chesterfield Cir. Ct.	Chesterfield County Circuit Court	us:va	trial	courts-db
Christian Circ. Ct., Ky.	Christian Circuit Court, Kentucky	us:ky	trial	courts-db
Cir. Ct. Del.	U.S. Circuit Court for the District of Delaware	us	intermediate	courts-db
Cir. Ct. Md.	Circuit Court of Maryland	us:md	trial	courts-db
Cir. Ct. N.C.	U.S. Circuit Court for the District of North Carolina	us	intermediate	courts-db
Cir. Ct. Tenn.	U.S. Circuit Court for the District of Tennessee	us	intermediate	courts-db
Civ. Ct. NYC, Bronx Cty.	Civil Court Of The City Of New York, Bronx County	us:ny	trial	courts-db
Civ. Ct. NYC, Kings Cty.	Civil Court Of The City Of New York, Kings County	us:ny	trial	courts-db
Civ. Ct. NYC, NY Cty.	Civil Court Of The City Of New York, New York County	us:ny	trial	courts-db
Civ. Ct. NYC, Queens Cty.	Civil Court Of The City Of New York, Queens County	us:ny	trial	courts-db
Civ. Ct. NYC, Richmond Cty.	Civil Court Of The City Of New York, Richmond County	us:ny	trial	courts-db
Clackamas Cty. Cir. Ct., O.R.	Clackamas County Circuit Court, Oregon	us:or	trial	courts-db
Clarion Cty. Ct. Cmn. Pleas	Clarion County Court of Common Pleas	us:pa	trial	courts-db
Clarion Cty. Ct. Oy. Term.	Clarion County Court of Oyer and Terminer	us:pa	trial	courts-db
Clarion Cty. Ct. Qtr. Sess.	Clarion County Court of Quarter Sessions	us:pa	trial	courts-db
Clarion Cty. Orphans' Ct.	Clarion County Orphans' Court	us:pa	trial	courts-db
Clark Circ. Ct., Ky.	Clark Circuit Court, Kentucky	us:ky	trial	courts-db
Clark Cty. Super. Ct.	Clark County Superior Court, Ga.	us:ga	trial	courts-db
Clarke Cir. Ct.	Clarke County Circuit Court	us:va	trial	courts-db
Clarke Cty. Super. Ct.	Clarke County Superior Court, Ga.	us:ga	trial	courts-db
Clatsop Cty. Cir. Ct., O.R.	Clatsop County Circuit Court, Oregon	us:or	trial	courts-db
Clay Circ. Ct., Ky.	Clay Circuit Court, Kentucky	us:ky	trial	courts-db
Clearfield Cty. Ct. Cmn. Pleas	Clearfield County Court of Common Pleas	us:pa	trial	courts-db
Clearfield Cty. Ct. Qtr. Sess.	Clearfield County Court of Quarter Sessions	us:pa	trial	courts-db
Clearfield Cty. Orphans' Ct.	Clearfield County Orphans' Court	us:pa	trial	courts-db
Clinton Circ. Ct., Ky.	Clinton Circuit Court, Kentucky	us:ky	trial	courts-db
Clinton Cty. Ct. Cmn. Pleas	Clinton County Court of Common Pleas	us:pa	trial	courts-db
Clinton Cty. Ct. Qtr. Sess.	Clinton County Court of Quarter Sessions	us:pa	trial	courts-db
Clinton Cty. Orphans' Ct.	Clinton County Orphans' Court	us:pa	trial	courts-db
Cobb Cty. Super. Ct.	Cobb County Superior Court, Ga.	us:ga	trial	courts-db
Colo.	Colorado Supreme Court	us:co	highest	jurism+courts-db
Colo. Att'y Gen.	Colorado Attorney General Reports	us:co	agency	jurism+courts-db
Colo. Ct. App.	Colorado Court of Appeals	us:co	intermediate	jurism+courts-db
Colo. Indus. Cl. App.	Colorado Industrial Claim Appeals office	us:co	intermediate	courts-db
Colo. Indust. Cl. App.	Colorado Industrial Claim Appeals office	us:co	intermediate	jurism
Colonial Heights Cir. Ct.	Colonial Heights County Circuit Court	us:va	trial	courts-db
Columbia Cty. Cir. Ct., O.R.	Columbia County Circuit Court, Oregon	us:or	trial	courts-db
Columbia Cty. Ct. Cmn. Pleas	Columbia County Court of Common Pleas	us:pa	trial	courts-db
Columbia Cty. Ct. Oy. Term.	Columbia County Court of Oyer and Terminer	us:pa	trial	courts-db
Columbia Cty. Ct. Qtr. Sess.	Columbia County Court of Quarter Sessions	us:pa	trial	courts-db
Columbia Cty. Orphans' Ct.	Columbia County Orphans' Court	us:pa	trial	courts-db
Columbia Cty. Super. Ct.	Columbia County Superior Court, Ga.	us:ga	trial	courts-db
Comm. Ct.	U.S. Commerce Court	us:fed	special	jurism+courts-db
Committee of the Privy Council	Committee of the Privy Council	colonial	intermediate	courts-db
Conn.	Connecticut Supreme Court	us:ct	highest	jurism+courts-db
Conn. App. Ct.	Connecticut Court of Appeals	us:ct	intermediate	jurism+courts-db
Conn. Comp. Rev. Bd.	Connecticut Compensation Review Board	us:ct	agency	jurism+courts-db
Conn. Super. Ct.	Connecticut Superior Court	us:ct	trial	jurism+courts-db
Coos Cty. Cir. Ct., O.R.	Coos County Circuit Court, Oregon	us:or	trial	courts-db
Coweta Cty. Super. Ct.	Coweta County Superior Court, Ga.	us:ga	trial	courts-db
Craig Cir. Ct.	Craig County Circuit Court	us:va	trial	courts-db
Crawford Cty. Ct. Cmn. Pleas	Crawford County Court of Common Pleas	us:pa	trial	courts-db
Crawford Cty. Ct. Qtr. Sess.	Crawford County Court of Quarter Sessions	us:pa	trial	courts-db
Crawford Cty. Orphans' Ct.	Crawford County Orphans' Court	us:pa	trial	courts-db
Crittenden Circ. Ct., Ky.	Crittenden Circuit Court, Kentucky	us:ky	trial	courts-db
Crook Cty. Cir. Ct., O.R.	Crook County Circuit Court, Oregon	us:or	trial	courts-db
Ct. App. Ind. Terr.	Court of Appeals of Indian Territory	us	highest	courts-db
Ct. App. Nev.	Court of Appeals of Nevada	us:nv	intermediate	courts-db
Ct. Cl.	United States Court of Claims	us:c,us:oh	special	jurism+courts-db
Ct. Cust. App.	Court Customs Appeals	us:c	special	jurism
Ct. Int'l Trade	United States Court of International Trade	us:c	special	jurism
Ct. Intl. Trade	United States Court of International Trade	us	intermediate	courts-db
Ct. Jud. Del.	Court on the Judiciary of Delaware	us:de	intermediate	courts-db
Ct. Jud. Disc. Pa	Court of Judicial Discipline of Pennsylvania	us:pa	intermediate	courts-db
Ct. Martial	Courts Martial	us:fed	special	jurism
Ct. Mi. Comm'n Rev.	Court Military Commission Review	us:fed	special	jurism
Culpeper Cir. Ct.	Culpeper County Circuit Court	us:va	trial	courts-db
Cumberl Cty. Ct. Oy. Term.	Cumberland County Court of Oyer and Terminer	us:pa	trial	courts-db
Cumberl Cty. Orphans' Ct.	Cumberland County Orphans' Court	us:pa	trial	courts-db
Cumberland Cir. Ct.	Cumberland County Circuit Court	us:va	trial	courts-db
Cumberland Circ. Ct., Ky.	Cumberland Circuit Court, Kentucky	us:ky	trial	courts-db
Cumberland Cty. Cir. Ct., N.J.	Cumberland County Circuit Court, N.J.	us:nj	intermediate	courts-db
Cumberland Cty. Ct. Cmn. Pleas	Cumberland County Court of Common Pleas	us:pa	trial	courts-db
Cumberland Cty. Ct. Qtr. Sess.	Cumberland County Court of Quarter Sessions	us:pa	trial	courts-db
Cumberland Cty. Fam. Ct.	Cumberland County Family Court	us:nj	trial	courts-db
Cumberland Cty. Super. Ct.	Cumberland County Superior Court	us:nj	trial	courts-db
Cumberland Cty. Surr. Ct.	Cumberland County Surrogate's Court	us:nj	trial	courts-db
Curry Cty. Cir. Ct., O.R.	Curry County Circuit Court, Oregon	us:or	trial	courts-db
Cust. Ct.	United States Customs Court	us:c	special	jurism+courts-db
Cuyahoga Cty. Ct. of Insolv.	Cuyahoga County Court of Insolvency	us:oh	trial	courts-db
D. Ala.	United States District Court for the District of Alabama	us:c11:al.d	trial	jurism+courts-db
D. Alaska	United States District Court for the District of Alaska	us:c9:ak.d	trial	jurism+courts-db
D. Ariz.	United States District Court for the District of Arizona	us:c9:az.d	trial	jurism+courts-db
D. Cal.	United States District Court for the District of California	us:c9:ca.d	trial	jurism+courts-db
D. Colo.	United States District Court for the District of Colorado	us:c10:co.d	trial	jurism+courts-db
D. Conn.	United States District Court for the District of Connecticut	us:c2:ct.d	trial	jurism+courts-db
D. Del.	United States District Court for the District of Delaware	us:c3:de.d	trial	jurism+courts-db
D. Fla.	United States District Court for the District of Florida	us:c11:fl.d	trial	jurism+courts-db
D. Ga.	United States District Court for the District of Georgia	us:c11:ga.d	trial	jurism+courts-db
D. Guam	District Court, D. Guam	us:c9:gu.d	trial	jurism+courts-db
D. Haw.	United States District Court for the District of Hawaii	us:c9:hi.d	trial	jurism+courts-db
D. Idaho	United States District Court for the District of Idaho	us:c9:id.d	trial	jurism+courts-db
D. Ill.	District Court, D. Illinois	us:c7:il.d	trial	jurism+courts-db
D. Ind.	United States District Court for the District of Indiana	us:c7:in.d	trial	jurism+courts-db
D. Iowa	United States District Court for the District of Iowa	us:c8:ia.d	trial	jurism+courts-db
D. Kan.	District Court, D. Kansas	us:c10:ks.d	trial	jurism+courts-db
D. Ky.	United States District Court for the District of Kentucky	us:c6:ky.d	trial	jurism+courts-db
D. La.	United States District Court for the District of Louisiana	us:c5:la.d	trial	jurism+courts-db
D. Maryland	District Court, D. Maryland	us	trial	courts-db
D. Mass.	District Court, D. Massachusetts	us:c1:ma.d	trial	jurism+courts-db
D. Md.	District Court	us:c4:md.d	trial	jurism
D. Me.	District Court, D. Maine	us:c1:me.d	trial	jurism+courts-db
D. Mich.	District Court, D. Michigan	us:c6:mi.d	trial	jurism+courts-db
D. Minn.	District Court	us:c8:mn.d	trial	jurism
D. Minnesota	District Court, D. Minnesota	us	trial	courts-db
D. Miss.	District Court, D. Mississippi	us:c5:ms.d	trial	jurism+courts-db
D. Mo.	District Court, D. Missouri	us:c8:mo.d	trial	jurism+courts-db
D. Mont.	District Court, D. Montana	us:c9:mt.d	trial	jurism+courts-db
D. N.Y.	United States District Court for the District of New York	us	trial	courts-db
D. Neb.	United States District Court, Nebraska	us:c8:ne.d	trial	jurism+courts-db
D. Nev.	District Court, D. Nevada	us:c9:nv.d	trial	jurism+courts-db
D. Ohio	District Court, D. Ohio	us:c6:oh.d	trial	jurism+courts-db
D. Or.	District Court, D. Oregon	us:c9:or.d	trial	jurism+courts-db
D. Orleans	District Court, Orleans	us	trial	courts-db
D. Pa.	District Court, D. Pennsylvania	us:c3:pa.d	trial	jurism+courts-db
D. Tenn.	District Court, D. Tennessee	us:c6:tn.d	trial	jurism+courts-db
D. Tex.	District Court, D. Texas	us:c5:tx.d	trial	jurism+courts-db
D. Utah	District Court, D. Utah	us:c10:ut.d	trial	jurism+courts-db
D. Va.	United States District Court for the District of Virginia	us:c4:va.d	trial	jurism+courts-db
D. Vt.	District Court, D. Vermont	us:c2:vt.d	trial	jurism+courts-db
D. W.Va.	District Court, D. West Virginia	us	trial	courts-db
D. Wash.	United States District Court for the District of Washington	us:c9:wa.d	trial	jurism+courts-db
D. Wis.	District Court, D. Wisconsin	us:c7:wi.d	trial	jurism+courts-db
D. Wyo.	District Court, D. Wyoming	us:c10:wy.d	trial	jurism+courts-db
D.C.	District of Columbia Criminal Court	us	trial	courts-db
D.C. Cir.	Court of Appeals for the D.C. Circuit	us:c0	intermediate	jurism+courts-db
D.C. Ct. App.	District of Columbia Court of Appeals	us:dc	intermediate	jurism+courts-db
D.C. Orphans Ct.	District of Columbia Orphans' Court	us	trial	courts-db
D.C.Z.	District Court, Canal Zone	us	trial	courts-db
D.D.C.	District Court, District of Columbia	us:c0:dc.d	trial	jurism+courts-db
D.D.Z.	District Court	us:c5:pz.d	trial	jurism
D.N. Mar. Is.	District Court	us:c9:mp.d	trial	jurism
D.N.C.	United States District Court for the District of North Carolina	us:c4:nc.d	trial	jurism+courts-db
D.N.D.	District Court, D. North Dakota	us:c8:nd.d	trial	jurism+courts-db
D.N.H.	District Court, D. New Hampshire	us:c1:nh.d	trial	jurism+courts-db
D.N.J.	District Court, D. New Jersey	us:c3:nj.d	trial	jurism+courts-db
D.N.M.	District Court, D. New Mexico	us:c10:nm.d	trial	jurism+courts-db
D.N.Y.	United States District Court for the District of New York	us:c2:ny.d	trial	jurism
D.P.R.	District Court, D. Puerto Rico	us:c1:pr.d	trial	jurism+courts-db
D.R.I.	District Court, D. Rhode Island	us:c1:ri.d	trial	jurism+courts-db
D.S.C.	District Court, D. South Carolina	us:c4:sc.d	trial	jurism+courts-db
D.S.D.	District Court, D. South Dakota	us:c8:sd.d	trial	jurism+courts-db
D.V.I.	District Court, Virgin Islands	us:c3:vi.d	trial	jurism+courts-db
D.W. Va.	District Court, D. West Virginia	us:c4:wv.d	trial	jurism
Dade Cty. Prop. Appraisal Adjmt. Bd.	Dade County Property Appraisal Adjustment Board	us:fl	trial	courts-db
Danville Cir. Ct.	Danville County Circuit Court	us:va	trial	courts-db
Dauphin Cty. Ct. Cmn. Pleas	Dauphin County Court of Common Pleas	us:pa	trial	courts-db
Dauphin Cty. Ct. Oy. Term.	Dauphin County Court of Oyer and Terminer	us:pa	trial	courts-db
Dauphin Cty. Ct. Qtr. Sess.	Dauphin County Court of Quarter Sessions	us:pa	trial	courts-db
Dauphin Cty. Orphans' Ct.	Dauphin County Orphans' Court	us:pa	trial	courts-db
Daviess Circ. Ct., Ky.	Daviess Circuit Court, Kentucky	us:ky	trial	courts-db
DeKalb Cty. Super. Ct.	DeKalb County Superior Court, Ga.	us:ga	trial	courts-db
Decatur Cty. Super. Ct.	Decatur County Superior Court, Ga.	us:ga	trial	courts-db
Del.	Delaware Supreme Court	us:de	highest	jurism+courts-db
Del. Ch.	Delaware Court of Chancery	us:de	trial	jurism+courts-db
Del. Ct. Com. Pl.	Delaware Court of Common Pleas	us:de	trial	jurism+courts-db
Del. Ct. Jud.	Court on the Judiciary of Delaware	us:de	special	jurism
Del. Fam. Ct.	Delaware Family Court	us:de	trial	jurism
Del. Fm. Ct.	Delaware Family Court	us:de	intermediate	courts-db
Del. Super. Ct.	Superior Court of Delaware	us:de	trial	jurism+courts-db
Delaware Cty. Ct. Cmn. Pleas	Delaware County Court of Common Pleas	us:pa	trial	courts-db
Delaware Cty. Ct. Oy. Term.	Delaware County Court of Oyer and Terminer	us:pa	trial	courts-db
Delaware Cty. Ct. Qtr. Sess.	Delaware County Court of Quarter Sessions	us:pa	trial	courts-db
Delaware Cty. Juv. Ct.	Delaware County Juvenile Court	us:pa	trial	courts-db
Delaware Cty. Orphans' Ct.	Delaware County Orphans' Court	us:pa	trial	courts-db
Deschutes Cty. Cir. Ct., O.R.	Deschutes County Circuit Court, Oregon	us:or	trial	courts-db
Detroit Recorder's Court	Detroit Recorder's Court	us:mi		courts-db
Dickenson Cir. Ct.	Dickenson County Circuit Court	us:va	trial	courts-db
Dinwiddie Cir. Ct.	Dinwiddie County Circuit Court	us:va	trial	courts-db
Douglas Cty. Cir. Ct., O.R.	Douglas County Circuit Court, Oregon	us:or	trial	courts-db
E.D. Ark.	United States District Court for the Eastern District of Arkansas	us:c8:ar.ed	trial	jurism+courts-db
E.D. Cal.	United States District Court for the Eastern District of California	us:c9:ca.ed	trial	jurism+courts-db
E.D. Ill.	District Court, E.D. Illinois	us:c7:il.ed	trial	jurism+courts-db
E.D. Ky.	District Court, E.D. Kentucky	us:c6:ky.ed	trial	jurism+courts-db
E.D. La.	United States District Court Eastern District of Louisiana	us:c5:la.ed	trial	jurism+courts-db
E.D. Mich.	District Court, E.D. Michigan	us:c6:mi.ed	trial	jurism+courts-db
E.D. Mo.	District Court, E.D. Missouri	us:c8:mo.ed	trial	jurism+courts-db
E.D. Okla.	United States District Court, Oklahoma Eastern	us:c10:ok.ed	trial	jurism+courts-db
E.D. Pa.	District Court, E.D. Pennsylvania	us:c3:pa.ed	trial	jurism+courts-db
E.D. Tenn.	District Court, E.D. Tennessee	us:c6:tn.ed	trial	jurism+courts-db
E.D. Tex.	District Court, E.D. Texas	us:c5:tx.ed	trial	jurism+courts-db
E.D. Va.	District Court, E.D. Virginia	us:c4:va.ed	trial	jurism+courts-db
E.D. Wash.	District Court, E.D. Washington	us:c9:wa.ed	trial	jurism+courts-db
E.D. Wis.	District Court, E.D. Wisconsin	us:c7:wi.ed	trial	jurism+courts-db
E.D.N.C.	District Court, E.D. North Carolina	us:c4:nc.ed	trial	jurism+courts-db
E.D.N.Y	District Court, E.D. New York	us	trial	courts-db
E.D.N.Y.	District Court, E.D. New York	us:c2:ny.ed	trial	jurism
E.D.S.C.	District Court, E.D. South Carolina	us:c4:sc.ed	trial	jurism+courts-db
Early Cty. Super. Ct.	Early County Superior Court, Ga.	us:ga	trial	courts-db
Edmonson Circ. Ct., Ky.	Edmonson Circuit Court, Kentucky	us:ky	trial	courts-db
Elbert Cty. Super. Ct.	Elbert County Superior Court, Ga.	us:ga	trial	courts-db
Elk Cty. Ct. Cmn. Pleas	Elk County Court of Common Pleas	us:pa	trial	courts-db
Elk Cty. Ct. Qtr. Sess.	Elk County Court of Quarter Sessions	us:pa	trial	courts-db
Elk Cty. Orphans' Ct.	Elk County Orphans' Court	us:pa	trial	courts-db
Elliott Circ. Ct., Ky.	Elliott Circuit Court, Kentucky	us:ky	trial	courts-db
Emer. Ct. App.	Emergency Court of Appeals	us:fed	special	jurism+courts-db
Erie Cty. Ct. Cmn. Pleas	Erie County Court Common Pleas	us:pa	trial	courts-db
Erie Cty. Ct. Oy. Term.	Erie County Court of Oyer and Terminer	us:pa	trial	courts-db
Erie Cty. Ct. Qtr. Sess.	Erie County Court of Quarter Sessions	us:pa	trial	courts-db
Erie Cty. Orphans' Ct.	Erie County Orphans' Court	us:pa	trial	courts-db
Essex Cir. Ct.	Essex County Circuit Court	us:va	trial	courts-db
Essex Cty. Cir. Ct., N.J.	Essex County Circuit Court, N.J.	us:nj	intermediate	courts-db
Essex Cty. Fam. Ct.	Essex County Family Court	us:nj	trial	courts-db
Essex Cty. Super. Ct.	Essex County Superior Court	us:nj	trial	courts-db
Essex Cty. Surr. Ct.	Essex County Surrogate's Court	us:nj	trial	courts-db
Estill Circ. Ct., Ky.	Estill Circuit Court, Kentucky	us:ky	trial	courts-db
F.I.S.C.	Foreign Intelligence Surveillance Court	us:fed	special	jurism
F.I.S.C. Rev.	Foreign Intelligence Surveillance Court Review	us:fed	special	jurism
Fairfax Cir. Ct.	Fairfax County Circuit Court	us:va	trial	courts-db
Fauquier Cir. Ct.	Fauquier County Circuit Court	us:va	trial	courts-db
Fayette Circ. Ct., Ky.	Fayette Circuit Court, Kentucky	us:ky	trial	courts-db
Fayette Cty. Ct.	Fayette County Court	us:pa	trial	courts-db
Fayette Cty. Ct. Oy. Term.	Fayette County Court of Oyer and Terminer	us:pa	trial	courts-db
Fayette Cty. Ct. Qtr. Sess.	Fayette County Court of Quarter Sessions	us:pa	trial	courts-db
Fayette Cty. Orphans' Ct.	Fayette County Orphans' Court	us:pa	trial	courts-db
Fayette Super. Ct.	Fayette Superior Court, Ga.	us:ga	trial	courts-db
Fed. Cir.	Court of Appeals for the Federal Circuit	us:c	intermediate	jurism+courts-db
Fed. Cl.	United States Court of Federal Claims	us:c	special	jurism+courts-db
Fla.	Florida Supreme Court	us:fl	highest	jurism+courts-db
Fla. Att'y Gen.	Florida Attorney General Reports	us:fl	agency	jurism+courts-db
Fla. Dep't Rev.	State of Florida Department of Revenue	us:fl	trial	courts-db
Fla. Dep't. Env. Reg.	State of Florida Department of Environmental Regulation	us:fl	trial	courts-db
Fla. Dep't. of H. Rehabil. Serv.	Florida Department of Health and Rehabilitative Services	us:fl	trial	courts-db
Fla. Dist. Ct. App.	Florida District Courts of Appeal	us:fl	intermediate	jurism+courts-db
Fla. Div. Admin. Hr'g	State of Florida Division of Administrative Hearings	us:fl	trial	courts-db
Fleming Circ. Ct., Ky.	Fleming Circuit Court, Kentucky	us:ky	trial	courts-db
Floyd Cir. Ct.	Floyd County Circuit Court	us:va	trial	courts-db
Floyd Circ. Ct., Ky.	Floyd Circuit Court, Kentucky	us:ky	trial	courts-db
Fluvanna Cir. Ct.	Fluvanna County Circuit Court	us:va	trial	courts-db
Forest Cty. Ct. Cmn. Pleas	Forest County Court of Common Pleas	us:pa	trial	courts-db
Forest Cty. Orphans' Ct.	Forest County Orphans' Court	us:pa	trial	courts-db
Franklin Cir. Ct.	Franklin County Circuit Court	us:va	trial	courts-db
Franklin Circ. Ct., Ky.	Franklin Circuit Court, Kentucky	us:ky	trial	courts-db
Franklin Cty. Ct. Cmn. Pleas	Franklin County Court of Common Pleas	us:pa	trial	courts-db
Franklin Cty. Ct. Oy. Term.	Franklin County Court of Oyer and Terminer	us:pa	trial	courts-db
Franklin Cty. Ct. Qtr. Sess.	Franklin County Court of Quarter Sessions	us:pa	trial	courts-db
Franklin Cty. Orphans' Ct.	Franklin County Orphans' Court	us:pa	trial	courts-db
Franklin Cty. Super. Ct.	Franklin County Superior Court, Ga.	us:ga	trial	courts-db
Frederick Cir. Ct.	Frederick County Circuit Court	us:va	trial	courts-db
Fredericksburg Cir. Ct.	Fredericksburg County Circuit Court	us:va	trial	courts-db
Fulton Circ. Ct., Ky.	Fulton Circuit Court, Kentucky	us:ky	trial	courts-db
Fulton Cty. Ct. Cmn. Pleas	Fulton County Court of Common Pleas	us:pa	trial	courts-db
Fulton Cty. Ct. Oy. Term.	Fulton County Court of Oyer and Terminer	us:pa	trial	courts-db
Fulton Cty. Ct. Qtr. Sess.	Fulton County Court of Quarter Sessions	us:pa	trial	courts-db
Fulton Cty. Orphans' Ct.	Fulton County Orphans' Court	us:pa	trial	courts-db
Ga.	Georgia Supreme Court	us:ga	highest	jurism+courts-db
Ga. Ct. App.	Georgia Court of Appeals	us:ga	intermediate	jurism+courts-db
Gallatin Circ. Ct., Ky.	Gallatin Circuit Court, Kentucky	us:ky	trial	courts-db
Garrard Circ. Ct., Ky.	Garrard Circuit Court, Kentucky	us:ky	trial	courts-db
Giles Cir. Ct.	Giles County Circuit Court	us:va	trial	courts-db
Gilliam Cty. Cir. Ct., O.R.	Gilliam County Circuit Court, Oregon	us:or	trial	courts-db
Gloucester Cir. Ct.	Gloucester County Circuit Court	us:va	trial	courts-db
Gloucester Cty. Cir. Ct., N.J.	Gloucester County Circuit Court, N.J.	us:nj	intermediate	courts-db
Gloucester Cty. Fam. Ct.	Gloucester County Family Court	us:nj	trial	courts-db
Gloucester Cty. Super. Ct.	Gloucester County Superior Court	us:nj	trial	courts-db
Gloucester Cty. Surr. Ct.	Gloucester County Surrogate's Court	us:nj	trial	courts-db
Goochland Cir. Ct.	Goochland County Circuit Court	us:va	trial	courts-db
Grant Circ. Ct., Ky.	Grant Circuit Court, Kentucky	us:ky	trial	courts-db
Grant Cty. Cir. Ct., O.R.	Grant County Circuit Court, Oregon	us:or	trial	courts-db
Graves Circ. Ct., Ky.	Graves Circuit Court, Kentucky	us:ky	trial	courts-db
Grayson Cir. Ct.	Grayson County Circuit Court	us:va	trial	courts-db
Grayson Circ. Ct., Ky.	Grayson Circuit Court, Kentucky	us:ky	trial	courts-db
Green Circ. Ct., Ky.	Green Circuit Court, Kentucky	us:ky	trial	courts-db
Green Cty. Ct. Cmn. Pleas	Green County Court of Common Pleas	us:pa	trial	courts-db
Greene Cir. Ct.	Greene County Circuit Court	us:va	trial	courts-db
Greene Cty. Ct. Cmn. Pleas	Greene County Court of Common Pleas	us:pa	trial	courts-db
Greene Cty. Ct. Oy. Term.	Greene County Court of Oyer and Terminer	us:pa	trial	courts-db
Greene Cty. Ct. Qtr. Sess.	Greene County Court of Quarter Sessions	us:pa	trial	courts-db
Greene Cty. Orphans' Ct.	Greene County Orphans' Court	us:pa	trial	courts-db
Greenport Just. Ct.	Town of Greenport Justice Court	us:ny	trial	courts-db
Greensville Cir. Ct.	Greensville County Circuit Court	us:va	trial	courts-db
Greenup Circ. Ct., Ky.	Greenup Circuit Court, Kentucky	us:ky	trial	courts-db
Gwinnett Cty. Super. Ct.	Gwinnett County Superior Court, Ga.	us:ga	trial	courts-db
HL	House of Lords (UK)	international	special	courts-db
Habersham Cty. Super. Ct.	Habersham County Superior Court, Ga.	us:ga	trial	courts-db
Halifax Cir. Ct.	Halifax County Circuit Court	us:va	trial	courts-db
Hall Cty. Super. Ct.	Hall County Superior Court, Ga.	us:ga	trial	courts-db
Hamilton Cty. Ct. of Insolv.	Hamilton County Court of Insolvency	us:oh	trial	courts-db
Hampton Cir. Ct.	Hampton County Circuit Court	us:va	trial	courts-db
Hancock Circ. Ct., Ky.	Hancock Circuit Court, Kentucky	us:ky	trial	courts-db
Hancock Cty. Super. Ct.	Hancock County Superior Court, Ga.	us:ga	trial	courts-db
Hanover Cir. Ct.	Hanover County Circuit Court	us:va	trial	courts-db
Hardin Circ. Ct., Ky.	Hardin Circuit Court, Kentucky	us:ky	trial	courts-db
Harlan Circ. Ct., Ky.	Harlan Circuit Court, Kentucky	us:ky	trial	courts-db
Harney Cty. Cir. Ct., O.R.	Harney County Circuit Court, Oregon	us:or	trial	courts-db
Harris Cty. Super. Ct.	Harris County Superior Court, Ga.	us:ga	trial	courts-db
Harrisburg Cty. Ct. Cmn. Pleas	Harrisburg County Court of Common Pleas	us:pa	trial	courts-db
Harrison Circ. Ct., Ky.	Harrison Circuit Court, Kentucky	us:ky	trial	courts-db
Hart Circ. Ct., Ky.	Hart Circuit Court, Kentucky	us:ky	trial	courts-db
Haw.	Supreme Court of Hawaii	us:hi	highest	jurism+courts-db
Haw. App.	Hawaii Intermediate Court of Appeals	us:hi	intermediate	courts-db
Haw. Ct. App.	Hawaii Intermediate Court of Appeals	us:hi	intermediate	jurism
Heard Cty. Super. Ct.	Heard County Superior Court, Ga.	us:ga	trial	courts-db
Henderson Circ. Ct., Ky.	Henderson Circuit Court, Kentucky	us:ky	trial	courts-db
Henrico Cir. Ct.	Henrico County Circuit Court	us:va	trial	courts-db
Henry Cir. Ct.	Henry County Circuit Court	us:va	trial	courts-db
Henry Circ. Ct., Ky.	Henry Circuit Court, Kentucky	us:ky	trial	courts-db
Hickman Circ. Ct., Ky.	Hickman Circuit Court, Kentucky	us:ky	trial	courts-db
High Court of American Samoa	High Court of American Samoa	us:as	trial	jurism
High Ct. J. Ch.	High Court of Justice, Chancery Division	international	special	courts-db
Highland Cir. Ct.	Highland County Circuit Court	us:va	trial	courts-db
Hood River Cty. Cir. Ct., O.R.	Hood River County Circuit Court, Oregon	us:or	trial	courts-db
Hopewell Cir. Ct.	Hopewell County Circuit Court	us:va	trial	courts-db
Hopkins Circ. Ct., Ky.	Hopkins Circuit Court, Kentucky	us:ky	trial	courts-db
Houston Superior Court	Houston Superior Court, Ga.	us:ga	trial	courts-db
Hudson Cty. Cir. Ct., N.J.	Hudson County Circuit Court, N.J.	us:nj	intermediate	courts-db
Hudson Cty. Fam. Ct.	Hudson County Family Court	us:nj	trial	courts-db
Hudson Cty. Super. Ct.	Hudson County Superior Court	us:nj	trial	courts-db
Hudson Cty. Surr. Ct.	Hudson County Surrogate's Court	us:nj	trial	courts-db
Hunterdon Cty. Cir. Ct., N.J.	Hunterdon County Circuit Court, N.J.	us:nj	intermediate	courts-db
Hunterdon Cty. Fam. Ct.	Hunterdon County Family Court	us:nj	trial	courts-db
Hunterdon Cty. Super. Ct.	Hunterdon County Superior Court	us:nj	trial	courts-db
Hunterdon Cty. Surr. Ct.	Hunterdon County Surrogate's Court	us:nj	trial	courts-db
Huntingdon Cty. Ct. Cmn. Pleas	Huntingdon County Court of Common Pleas	us:pa	trial	courts-db
Huntingdon Cty. Ct. Qtr. Sess.	Huntingdon County Court of Quarter Sessions	us:pa	trial	courts-db
Huntingdon Cty. Orphans' Ct.	Huntingdon County Orphans' Court	us:pa	trial	courts-db
I.C.A. of W. Va.	Intermediate Court of Appeals of West Virginia	us:wv	intermediate	courts-db
Idaho	Idaho Supreme Court	us:id	highest	jurism+courts-db
Idaho Ct. App.	Idaho Court of Appeals	us:id	intermediate	jurism+courts-db
Ill.	Illinois Supreme Court	us:il	highest	jurism+courts-db
Ill. App. Ct.	Appellate Court of Illinois	us:il:d1,us:il:d2,us:il:d3,us:il:d4,us:il:d5	intermediate	jurism+courts-db
Ind.	Indiana Supreme Court	us:in	highest	jurism+courts-db
Ind. Ct. App.	Indiana Court of Appeals	us:in	intermediate	jurism+courts-db
Ind. Super Ct.	Indiana Superior Court	us:in	trial	courts-db
Indiana Cty. Ct. Cmn. Pleas	Indiana County Court of Common Pleas	us:pa	trial	courts-db
Indiana Cty. Ct. Qtr. Sess.	Indiana County Court of Quarter Sessions	us:pa	trial	courts-db
Indiana Cty. Orphans' Ct.	Indiana County Orphans' Court	us:pa	trial	courts-db
Iowa	Supreme Court of Iowa	us:ia	highest	jurism+courts-db
Iowa Ct. App.	Court of Appeals of Iowa	us:ia	intermediate	jurism+courts-db
Iowa Dist. Ct.	Iowa District Court	us:ia	trial	courts-db
Iowa Dist. Ct., Lee Cty	Lee County District Court	us:ia	trial	courts-db
Isle of Wight Cir. Ct.	Isle of Wight County Circuit Court	us:va	trial	courts-db
J.P.M.L.	United States Judicial Panel on Multidistrict Litigation	us:fed,us:tx	special	jurism+courts-db
Jackson Circ. Ct., Ky.	Jackson Circuit Court, Kentucky	us:ky	trial	courts-db
Jackson Cty. Cir. Ct., O.R.	Jackson County Circuit Court, Oregon	us:or	trial	courts-db
Jax. Civ. Serv. Bd.	Jacksonville Civil Service Board	us:fl	trial	courts-db
Jefferson Circ. Ct., Ky.	Jefferson Circuit Court, Kentucky	us:ky	trial	courts-db
Jefferson Cty. Cir. Ct., O.R.	Jefferson County Circuit Court, Oregon	us:or	trial	courts-db
Jefferson Cty. Ct. Cmn. Pleas	Jefferson County Court of Common Pleas	us:pa	trial	courts-db
Jefferson Cty. Ct. Oy. Term.	Jefferson County Court of Oyer and Terminer	us:pa	trial	courts-db
Jefferson Cty. Ct. Qtr. Sess.	Jefferson County Court of Quarter Sessions	us:pa	trial	courts-db
Jefferson Cty. Orphans' Ct.	Jefferson County Orphans' Court	us:pa	trial	courts-db
Jessamine Circ. Ct., Ky.	Jessamine Circuit Court, Kentucky	us:ky	trial	courts-db
Johnson Circ. Ct., Ky.	Johnson Circuit Court, Kentucky	us:ky	trial	courts-db
Josephine Cty. Cir. Ct., O.R.	Josephine County Circuit Court, Oregon	us:or	trial	courts-db
Jud. Conf. Comm.	Judicial Conference Committee	us:fed	special	jurism
Juniata Cty. Ct. Cmn. Pleas	Juniata County Court of Common Pleas	us:pa	trial	courts-db
Juniata Cty. Ct. Oy. Term.	Juniata County Court of Oyer and Terminer	us:pa	trial	courts-db
Juniata Cty. Ct. Qtr. Sess.	Juniata County Court of Quarter Sessions	us:pa	trial	courts-db
Juniata Cty. Orphans' Ct.	Juniata County Orphans' Court	us:pa	trial	courts-db
Kan.	Supreme Court of Kansas	us:ks	highest	jurism+courts-db
Kan. Att'y Gen.	Kansas Attorney General Reports	us:ks	agency	jurism+courts-db
Kan. Ct. App.	Court of Appeals of Kansas	us:ks	intermediate	jurism+courts-db
Kenton Circ. Ct., Ky.	Kenton Circuit Court, Kentucky	us:ky	trial	courts-db
King George Cir. Ct.	King George County Circuit Court	us:va	trial	courts-db
King William Cir. Ct.	King William County Circuit Court	us:va	trial	courts-db
King and Queen Cir. Ct.	King and Queen County Circuit Court	us:va	trial	courts-db
King's Bench	Court of King's Bench	international	special	courts-db
Klamath Cty. Cir. Ct., O.R.	Klamath County Circuit Court, Oregon	us:or	trial	courts-db
Knott Circ. Ct., Ky.	Knott Circuit Court, Kentucky	us:ky	trial	courts-db
Knox Circ. Ct., Ky.	Knox Circuit Court, Kentucky	us:ky	trial	courts-db
Ky.	Kentucky Supreme Court	us:ky	highest	jurism+courts-db
Ky. Circ. Ct.	Kentucky Circuit Courts	us:ky	trial	courts-db
Ky. Circ. Ct., 1	Kentucky Circuit Court 1	us:ky	trial	courts-db
Ky. Circ. Ct., 10	Kentucky Circuit Court 10	us:ky	trial	courts-db
Ky. Circ. Ct., 11	Kentucky Circuit Court 11	us:ky	trial	courts-db
Ky. Circ. Ct., 12	Kentucky Circuit Court 12	us:ky	trial	courts-db
Ky. Circ. Ct., 13	Kentucky Circuit Court 13	us:ky	trial	courts-db
Ky. Circ. Ct., 14	Kentucky Circuit Court 14	us:ky	trial	courts-db
Ky. Circ. Ct., 15	Kentucky Circuit Court 15	us:ky	trial	courts-db
Ky. Circ. Ct., 16	Kentucky Circuit Court 16	us:ky	trial	courts-db
Ky. Circ. Ct., 17	Kentucky Circuit Court 17	us:ky	trial	courts-db
Ky. Circ. Ct., 18	Kentucky Circuit Court 18	us:ky	trial	courts-db
Ky. Circ. Ct., 19	Kentucky Circuit Court 19	us:ky	trial	courts-db
Ky. Circ. Ct., 2	Kentucky Circuit Court 2	us:ky	trial	courts-db
Ky. Circ. Ct., 20	Kentucky Circuit Court 20	us:ky	trial	courts-db
Ky. Circ. Ct., 21	Kentucky Circuit Court 21	us:ky	trial	courts-db
Ky. Circ. Ct., 22	Kentucky Circuit Court 22	us:ky	trial	courts-db
Ky. Circ. Ct., 23	Kentucky Circuit Court 23	us:ky	trial	courts-db
Ky. Circ. Ct., 24	Kentucky Circuit Court 24	us:ky	trial	courts-db
Ky. Circ. Ct., 25	Kentucky Circuit Court 25	us:ky	trial	courts-db
Ky. Circ. Ct., 26	Kentucky Circuit Court 26	us:ky	trial	courts-db
Ky. Circ. Ct., 27	Kentucky Circuit Court 27	us:ky	trial	courts-db
Ky. Circ. Ct., 28	Kentucky Circuit Court 28	us:ky	trial	courts-db
Ky. Circ. Ct., 29	Kentucky Circuit Court 29	us:ky	trial	courts-db
Ky. Circ. Ct., 3	Kentucky Circuit Court 3	us:ky	trial	courts-db
Ky. Circ. Ct., 30	Kentucky Circuit Court 30	us:ky	trial	courts-db
Ky. Circ. Ct., 31	Kentucky Circuit Court 31	us:ky	trial	courts-db
Ky. Circ. Ct., 32	Kentucky Circuit Court 32	us:ky	trial	courts-db
Ky. Circ. Ct., 33	Kentucky Circuit Court 33	us:ky	trial	courts-db
Ky. Circ. Ct., 34	Kentucky Circuit Court 34	us:ky	trial	courts-db
Ky. Circ. Ct., 35	Kentucky Circuit Court 35	us:ky	trial	courts-db
Ky. Circ. Ct., 36	Kentucky Circuit Court 36	us:ky	trial	courts-db
Ky. Circ. Ct., 37	Kentucky Circuit Court 37	us:ky	trial	courts-db
Ky. Circ. Ct., 38	Kentucky Circuit Court 38	us:ky	trial	courts-db
Ky. Circ. Ct., 39	Kentucky Circuit Court 39	us:ky	trial	courts-db
Ky. Circ. Ct., 4	Kentucky Circuit Court 4	us:ky	trial	courts-db
Ky. Circ. Ct., 40	Kentucky Circuit Court 40	us:ky	trial	courts-db
Ky. Circ. Ct., 41	Kentucky Circuit Court 41	us:ky	trial	courts-db
Ky. Circ. Ct., 42	Kentucky Circuit Court 42	us:ky	trial	courts-db
Ky. Circ. Ct., 43	Kentucky Circuit Court 43	us:ky	trial	courts-db
Ky. Circ. Ct., 44	Kentucky Circuit Court 44	us:ky	trial	courts-db
Ky. Circ. Ct., 45	Kentucky Circuit Court 45	us:ky	trial	courts-db
Ky. Circ. Ct., 46	Kentucky Circuit Court 46	us:ky	trial	courts-db
Ky. Circ. Ct., 47	Kentucky Circuit Court 47	us:ky	trial	courts-db
Ky. Circ. Ct., 48	Kentucky Circuit Court 48	us:ky	trial	courts-db
Ky. Circ. Ct., 49	Kentucky Circuit Court 49	us:ky	trial	courts-db
Ky. Circ. Ct., 5	Kentucky Circuit Court 5	us:ky	trial	courts-db
Ky. Circ. Ct., 50	Kentucky Circuit Court 50	us:ky	trial	courts-db
Ky. Circ. Ct., 51	Kentucky Circuit Court 51	us:ky	trial	courts-db
Ky. Circ. Ct., 52	Kentucky Circuit Court 52	us:ky	trial	courts-db
Ky. Circ. Ct., 53	Kentucky Circuit Court 53	us:ky	trial	courts-db
Ky. Circ. Ct., 54	Kentucky Circuit Court 54	us:ky	trial	courts-db
Ky. Circ. Ct., 55	Kentucky Circuit Court 55	us:ky	trial	courts-db
Ky. Circ. Ct., 56	Kentucky Circuit Court 56	us:ky	trial	courts-db
Ky. Circ. Ct., 57	Kentucky Circuit Court 57	us:ky	trial	courts-db
Ky. Circ. Ct., 6	Kentucky Circuit Court 6	us:ky	trial	courts-db
Ky. Circ. Ct., 7	Kentucky Circuit Court 7	us:ky	trial	courts-db
Ky. Circ. Ct., 8	Kentucky Circuit Court 8	us:ky	trial	courts-db
Ky. Circ. Ct., 9	Kentucky Circuit Court 9	us:ky	trial	courts-db
Ky. Ct. App.	Court of Appeals of Kentucky	us:ky	intermediate	jurism+courts-db
La.	Supreme Court of Louisiana	us:la	highest	jurism+courts-db
La. Att'y Gen.	Louisiana Attorney General Reports	us:la	agency	jurism+courts-db
La. Ct. App.	Louisiana Court of Appeal	us:la:c1,us:la:c2,us:la:c3,us:la:c4,us:la:c5	intermediate	jurism+courts-db
LaRue Circ. Ct., Ky.	LaRue Circuit Court, Kentucky	us:ky	trial	courts-db
Lackawanna Cty. Ct. Cmn. Pleas	Lackawanna County Court of Common Pleas	us:pa	trial	courts-db
Lackawanna Cty. Ct. Oy. Term.	Lackawanna County Court of Oyer and Terminer	us:pa	trial	courts-db
Lackawanna Cty. Ct. Qtr. Sess.	Lackawanna County Court of Quarter Sessions	us:pa	trial	courts-db
Lackawanna Cty. Orphans' Ct.	Lackawanna County Orphans' Court	us:pa	trial	courts-db
Lake Cty. Cir. Ct., O.R.	Lake County Circuit Court, Oregon	us:or	trial	courts-db
Lancaster Cir. Ct.	Lancaster County Circuit Court	us:va	trial	courts-db
Lancaster Cty. Ct. Cmn. Pleas	Lancaster County Court of Common Pleas	us:pa	trial	courts-db
Lancaster Cty. Ct. Oy. Term.	Lancaster County Court of Oyer and Terminer	us:pa	trial	courts-db
Lancaster Cty. Ct. Qtr. Sess.	Lancaster County Court of Quarter Sessions	us:pa	trial	courts-db
Lancaster Cty. Orphans' Ct.	Lancaster County Orphans' Court	us:pa	trial	courts-db
Lane Cty. Cir. Ct., O.R.	Lane County Circuit Court, Oregon	us:or	trial	courts-db
Laurel Circ. Ct., Ky.	Laurel Circuit Court, Kentucky	us:ky	trial	courts-db
Lawrence Circ. Ct., Ky.	Lawrence Circuit Court, Kentucky	us:ky	trial	courts-db
Lawrence Cty. Ct. Cmn. Pleas	Lawrence County Court of Common Pleas	us:pa	trial	courts-db
Lawrence Cty. Ct. Oy. Term.	Lawrence County Court of Oyer and Terminer	us:pa	trial	courts-db
Lawrence Cty. Ct. Qtr. Sess.	Lawrence County Court of Quarter Sessions	us:pa	trial	courts-db
Lawrence Cty. Orphans' Ct.	Lawrence County Orphans' Court	us:pa	trial	courts-db
Lebanon Cty. Ct. Cmn. Pleas	Lebanon County Court of Common Pleas	us:pa	trial	courts-db
Lebanon Cty. Ct. Oy. Term.	Lebanon County Court of Oyer and Terminer	us:pa	trial	courts-db
Lebanon Cty. Ct. Qtr. Sess.	Lebanon County Court of Quarter Sessions	us:pa	trial	courts-db
Lebanon Cty. Orphans' Ct.	Lebanon County Orphans' Court	us:pa	trial	courts-db
Lee Cir. Ct.	Lee County Circuit Court	us:va	trial	courts-db
Lee Circ. Ct., Ky.	Lee Circuit Court, Kentucky	us:ky	trial	courts-db
Lee Cty. Super. Ct.	Lee County Superior Court, Ga.	us:ga	trial	courts-db
Lehigh Cty. Ct. Cmn. Pleas	Lehigh County Court of Common Pleas	us:pa	trial	courts-db
Lehigh Cty. Ct. Oy. Term.	Lehigh County Court of Oyer and Terminer	us:pa	trial	courts-db
Lehigh Cty. Ct. Qtr. Sess.	Lehigh County Court of Quarter Sessions	us:pa	trial	courts-db
Lehigh Cty. Orphans' Ct.	Lehigh County Orphans' Court	us:pa	trial	courts-db
Leslie Circ. Ct., Ky.	Leslie Circuit Court, Kentucky	us:ky	trial	courts-db
Letcher Circ. Ct., Ky.	Letcher Circuit Court, Kentucky	us:ky	trial	courts-db
Lewis Circ. Ct., Ky.	Lewis Circuit Court, Kentucky	us:ky	trial	courts-db
Liberty Cty. Super. Ct.	Liberty County Superior Court, Ga.	us:ga	trial	courts-db
Lincoln Circ. Ct., Ky.	Lincoln Circuit Court, Kentucky	us:ky	trial	courts-db
Lincoln Cty. Cir. Ct., O.R.	Lincoln County Circuit Court, Oregon	us:or	trial	courts-db
Lincoln Cty. Super. Ct.	Lincoln County Superior Court, Ga.	us:ga	trial	courts-db
Linn Cty. Cir. Ct., O.R.	Linn County Circuit Court, Oregon	us:or	trial	courts-db
Livingston Circ. Ct., Ky.	Livingston Circuit Court, Kentucky	us:ky	trial	courts-db
Logan Circ. Ct., Ky.	Logan Circuit Court, Kentucky	us:ky	trial	courts-db
Loudoun Cir. Ct.	Loudoun County Circuit Court	us:va	trial	courts-db
Louisa Cir. Ct.	Louisa County Circuit Court	us:va	trial	courts-db
Lunenburg Cir. Ct.	Lunenburg County Circuit Court	us:va	trial	courts-db
Luzerne Cty. Ct. Cmn. Pleas	Luzerne County Court of Common Pleas	us:pa	trial	courts-db
Luzerne Cty. Ct. Oy. Term.	Luzerne County Court of Oyer and Terminer	us:pa	trial	courts-db
Luzerne Cty. Ct. Qtr. Sess.	Luzerne County Court of Quarter Sessions	us:pa	trial	courts-db
Luzerne Cty. Orphans' Ct.	Luzerne County Orphans' Court	us:pa	trial	courts-db
Lycoming Cty. Ct. Cmn. Pleas	Lycoming County Court of Common Pleas	us:pa	trial	courts-db
Lycoming Cty. Ct. Qtr. Sess.	Lycoming County Court of Quarter Sessions	us:pa	trial	courts-db
Lycoming Cty. Orphans' Ct.	Lycoming County Orphans' Court	us:pa	trial	courts-db
Lynchburg Cir. Ct.	Lynchburg County Circuit Court	us:va	trial	courts-db
Lyon Circ. Ct., Ky.	Lyon Circuit Court, Kentucky	us:ky	trial	courts-db
M.C.	United States Court of Military Commission Review	us	intermediate	courts-db
M.D. Ala.	United States District Court for the Middle District of Alabama	us:c11:al.md	trial	jurism+courts-db
M.D. Fla.	United States District Court for the Middle District of Florida	us:c11:fl.md	trial	jurism+courts-db
M.D. Ga.	United States District Court for the Middle District of Georgia	us:c11:ga.md	trial	jurism+courts-db
M.D. La.	District Court, M.D. Louisiana	us:c5:la.md	trial	jurism+courts-db
M.D. Pa.	District Court	us:c3:pa.md	trial	jurism
M.D. Penn.	District Court, M.D. Pennsylvania	us	trial	courts-db
M.D. Tenn.	District Court, M.D. Tennessee	us:c6:tn.md	trial	jurism+courts-db
M.D.N.C.	District Court, M.D. North Carolina	us:c4:nc.md	trial	jurism+courts-db
M.S.P.B.	Merit Systems Protection Board	us:c	agency	jurism
MI Ct. Ch.	Michigan Court of Chancery	us:mi	trial	courts-db
Macon Cty. Super. Ct.	Macon County Superior Court, Ga.	us:ga	trial	courts-db
Madison Cir. Ct.	Madison County Circuit Court	us:va	trial	courts-db
Madison Circ. Ct., Ky.	Madison Circuit Court, Kentucky	us:ky	trial	courts-db
Magoffin Circ. Ct., Ky.	Magoffin Circuit Court, Kentucky	us:ky	trial	courts-db
Malheur Cty. Cir. Ct., O.R.	Malheur County Circuit Court, Oregon	us:or	trial	courts-db
Marion Circ. Ct., Ky.	Marion Circuit Court, Kentucky	us:ky	trial	courts-db
Marion Cty. Cir. Ct., O.R.	Marion County Circuit Court, Oregon	us:or	trial	courts-db
Marion Cty. Super. Ct.	Marion County Superior Court, Ga.	us:ga	trial	courts-db
Marshall Circ. Ct., Ky.	Marshall Circuit Court, Kentucky	us:ky	trial	courts-db
Martin Circ. Ct., Ky.	Martin Circuit Court, Kentucky	us:ky	trial	courts-db
Martinsville Cir. Ct.	Martinsville County Circuit Court	us:va	trial	courts-db
Mason Circ. Ct., Ky.	Mason Circuit Court, Kentucky	us:ky	trial	courts-db
Mass.	Massachusetts Supreme Judicial Court	us:ma	highest	jurism+courts-db
Mass. App. Ct.	Massachusetts Appeals Court	us:ma	intermediate	jurism+courts-db
Mass. App. Tax. Bd.	Massachusetts Appellate Tax Board	us:ma	intermediate	courts-db
Mass. Dep't Indus. Accid.	Massachusetts Department of Industrial Accidents	us:ma	intermediate	courts-db
Mass. Dept. Indus. Accid.	Massachusetts Department of Industrial Accidents	us:ma	agency	jurism
Mass. Dist. Ct.	Massachusetts District Court, Appellate Division	us:ma	trial	jurism+courts-db
Mass. Hous. Ct.	Massachusetts Housing Court	us:ma	trial	courts-db
Mass. House of Rep.	Massachusetts House of Representatives	us:ma	highest	courts-db
Mass. Land. Ct.	Massachusetts Land Court	us:ma	trial	courts-db
Mass. Prob. Fam. Ct.	Massachusetts Probate and Family Court	us:ma	trial	courts-db
Mass. Super. Ct.	Massachusetts Superior Court	us:ma	trial	jurism+courts-db
Mathews Cir. Ct.	Mathews County Circuit Court	us:va	trial	courts-db
McCracken Circ. Ct., Ky.	McCracken Circuit Court, Kentucky	us:ky	trial	courts-db
McCreary Circ. Ct., Ky.	McCreary Circuit Court, Kentucky	us:ky	trial	courts-db
McKean Cty. Ct. Cmn. Pleas	McKean County Court of Common Pleas	us:pa	trial	courts-db
McKean Cty. Ct. Qtr. Sess.	McKean County Court of Quarter Sessions	us:pa	trial	courts-db
Mclean Circ. Ct., Ky.	Mclean Circuit Court, Kentucky	us:ky	trial	courts-db
Md.	Court of Appeals of Maryland	us:md	intermediate	courts-db
Md. Att'y Gen.	Maryland Attorney General Reports	us:md	agency	jurism+courts-db
Md. Ch.	High Court of Chancery of Maryland	us:md	intermediate	courts-db
Md. Ct. App.	Court Appeals	us:md	intermediate	jurism
Md. Ct. Spec. App.	Court of Special Appeals of Maryland	us:md	intermediate	jurism+courts-db
Me.	Supreme Judicial Court of Maine	us:me	highest	jurism+courts-db
Meade Circ. Ct., Ky.	Meade Circuit Court, Kentucky	us:ky	trial	courts-db
Mecklenburg Cir. Ct.	Mecklenburg County Circuit Court	us:va	trial	courts-db
Menifee Circ. Ct., Ky.	Menifee Circuit Court, Kentucky	us:ky	trial	courts-db
Mercer Circ. Ct., Ky.	Mercer Circuit Court, Kentucky	us:ky	trial	courts-db
Mercer Cty. Cir. Ct., N.J.	Mercer County Circuit Court, N.J.	us:nj	intermediate	courts-db
Mercer Cty. Ct. Cmn. Pleas	Mercer County Court of Common Pleas	us:pa	trial	courts-db
Mercer Cty. Ct. Oy. Term.	Mercer County Court of Oyer and Terminer	us:pa	trial	courts-db
Mercer Cty. Ct. Qtr. Sess.	Mercer County Court of Quarter Sessions	us:pa	trial	courts-db
Mercer Cty. Fam. Ct.	Mercer County Family Court	us:nj	trial	courts-db
Mercer Cty. Orphans' Ct.	Mercer County Orphans' Court	us:pa	trial	courts-db
Mercer Cty. Super. Ct.	Mercer County Superior Court	us:nj	trial	courts-db
Mercer Cty. Surr. Ct.	Mercer County Surrogate's Court	us:nj	trial	courts-db
Meriwether Cty. Super. Ct.	Meriwether County Superior Court, Ga.	us:ga	trial	courts-db
Metcalfe Circ. Ct., Ky.	Metcalfe Circuit Court, Kentucky	us:ky	trial	courts-db
Mich.	Michigan Supreme Court	us:mi	highest	jurism+courts-db
Mich. 10th Cir.	Circuit Court of the 10th Circuit of Michigan	us:mi	trial	courts-db
Mich. 11th Cir.	Circuit Court of the 11th Circuit of Michigan	us:mi	trial	courts-db
Mich. 12th Cir.	Circuit Court of the 12th Circuit of Michigan	us:mi	trial	courts-db
Mich. 13th Cir.	Circuit Court of the 13th Circuit of Michigan	us:mi	trial	courts-db
Mich. 14th Cir.	Circuit Court of the 14th Circuit of Michigan	us:mi	trial	courts-db
Mich. 15th Cir.	Circuit Court of the 15th Circuit of Michigan	us:mi	trial	courts-db
Mich. 16th Cir.	Circuit Court of the 16th Circuit of Michigan	us:mi	trial	courts-db
Mich. 17th Cir.	Circuit Court of the 17th Circuit of Michigan	us:mi	trial	courts-db
Mich. 18th Cir.	Circuit Court of the 18th Circuit of Michigan	us:mi	trial	courts-db
Mich. 19th Cir.	Circuit Court of the 19th Circuit of Michigan	us:mi	trial	courts-db
Mich. 1st Cir.	Circuit Court of the 1st Circuit of Michigan	us:mi	trial	courts-db
Mich. 20th Cir.	Circuit Court of the 20th Circuit of Michigan	us:mi	trial	courts-db
Mich. 21st Cir.	Circuit Court of the 21st Circuit of Michigan	us:mi	trial	courts-db
Mich. 22nd Cir.	Circuit Court of the 22nd Circuit of Michigan	us:mi	trial	courts-db
Mich. 23rd Cir.	Circuit Court of the 23rd Circuit of Michigan	us:mi	trial	courts-db
Mich. 24th Cir.	Circuit Court of the 24th Circuit of Michigan	us:mi	trial	courts-db
Mich. 25th Cir.	Circuit Court of the 25th Circuit of Michigan	us:mi	trial	courts-db
Mich. 26th Cir.	Circuit Court of the 26th Circuit of Michigan	us:mi	trial	courts-db
Mich. 27th Cir.	Circuit Court of the 27th Circuit of Michigan	us:mi	trial	courts-db
Mich. 28th Cir.	Circuit Court of the 28th Circuit of Michigan	us:mi	trial	courts-db
Mich. 29th Cir.	Circuit Court of the 29th Circuit of Michigan	us:mi	trial	courts-db
Mich. 2nd Cir.	Circuit Court of the 2nd Circuit of Michigan	us:mi	trial	courts-db
Mich. 30th Cir.	Circuit Court of the 30th Circuit of Michigan	us:mi	trial	courts-db
Mich. 31st Cir.	Circuit Court of the 31st Circuit of Michigan	us:mi	trial	courts-db
Mich. 32nd Cir.	Circuit Court of the 32nd Circuit of Michigan	us:mi	trial	courts-db
Mich. 33rd Cir.	Circuit Court of the 33rd Circuit of Michigan	us:mi	trial	courts-db
Mich. 34th Cir.	Circuit Court of the 34th Circuit of Michigan	us:mi	trial	courts-db
Mich. 35th Cir.	Circuit Court of the 35th Circuit of Michigan	us:mi	trial	courts-db
Mich. 36th Cir.	Circuit Court of the 36th Circuit of Michigan	us:mi	trial	courts-db
Mich. 37th Cir.	Circuit Court of the 37th Circuit of Michigan	us:mi	trial	courts-db
Mich. 37th Cir., Calhoun Cty.	Circuit Court of the 37th Circuit of Michigan, Calhoun County	us:mi	trial	courts-db
Mich. 38th Cir.	Circuit Court of the 38th Circuit of Michigan	us:mi	trial	courts-db
Mich. 39th Cir.	Circuit Court of the 39th Circuit of Michigan	us:mi	trial	courts-db
Mich. 3rd Cir.	Circuit Court of the 3rd Circuit of Michigan	us:mi	trial	courts-db
Mich. 40th Cir.	Circuit Court of the 40th Circuit of Michigan	us:mi	trial	courts-db
Mich. 41st Cir.	Circuit Court of the 41st Circuit of Michigan	us:mi	trial	courts-db
Mich. 42nd Cir.	Circuit Court of the 42nd Circuit of Michigan	us:mi	trial	courts-db
Mich. 43rd Cir.	Circuit Court of the 43rd Circuit of Michigan	us:mi	trial	courts-db
Mich. 44th Cir.	Circuit Court of the 44th Circuit of Michigan	us:mi	trial	courts-db
Mich. 45th Cir.	Circuit Court of the 45th Circuit of Michigan	us:mi	trial	courts-db
Mich. 46th Cir.	Circuit Court of the 46th Circuit of Michigan	us:mi	trial	courts-db
Mich. 47th Cir.	Circuit Court of the 47th Circuit of Michigan	us:mi	trial	courts-db
Mich. 48th Cir.	Circuit Court of the 48th Circuit of Michigan	us:mi	trial	courts-db
Mich. 49th Cir.	Circuit Court of the 49th Circuit of Michigan	us:mi	trial	courts-db
Mich. 4th Cir.	Circuit Court of the 4th Circuit of Michigan	us:mi	trial	courts-db
Mich. 50th Cir.	Circuit Court of the 50th Circuit of Michigan	us:mi	trial	courts-db
Mich. 51st Cir.	Circuit Court of the 51st Circuit of Michigan	us:mi	trial	courts-db
Mich. 52nd Cir.	Circuit Court of the 52nd Circuit of Michigan	us:mi	trial	courts-db
Mich. 53rd Cir.	Circuit Court of the 53rd Circuit of Michigan	us:mi	trial	courts-db
Mich. 54th Cir.	Circuit Court of the 54th Circuit of Michigan	us:mi	trial	courts-db
Mich. 55th Cir.	Circuit Court of the 55th Circuit of Michigan	us:mi	trial	courts-db
Mich. 56th Cir.	Circuit Court of the 56th Circuit of Michigan	us:mi	trial	courts-db
Mich. 57th Cir.	Circuit Court of the 57th Circuit of Michigan	us:mi	trial	courts-db
Mich. 5th Cir.	Circuit Court of the 5th Circuit of Michigan	us:mi	trial	courts-db
Mich. 6th Cir.	Circuit Court of the 6th Circuit of Michigan	us:mi	trial	courts-db
Mich. 7th Cir.	Circuit Court of the 7th Circuit of Michigan	us:mi	trial	courts-db
Mich. 8th Cir.	Circuit Court of the 8th Circuit of Michigan	us:mi	trial	courts-db
Mich. 9th Cir.	Circuit Court of the 9th Circuit of Michigan	us:mi	trial	courts-db
Mich. Ct. App.	Michigan Court of Appeals	us:mi	intermediate	jurism+courts-db
Mich. Super. Ct.	Michigan Superior Courts	us:mi		courts-db
Mich. Super. Ct., Detroit	Michigan Superior Court, Detroit	us:mi		courts-db
Mich. Super. Ct., Grand Rapids	Michigan Superior Court, Grand Rapids	us:mi		courts-db
Michigan Cir. Ct.	Michigan Circuit Court	us:mi	trial	courts-db
Middlesex Cir. Ct.	Middlesex County Circuit Court	us:va	trial	courts-db
Middlesex Cty. Cir. Ct., N.J.	Middlesex County Circuit Court, N.J.	us:nj	intermediate	courts-db
Middlesex Cty. Fam. Ct.	Middlesex County Family Court	us:nj	trial	courts-db
Middlesex Cty. Super. Ct.	Middlesex County Superior Court	us:nj	trial	courts-db
Middlesex Cty. Surr. Ct.	Middlesex County Surrogate's Court	us:nj	trial	courts-db
Middlesex Mass. Super. Ct.	Massachusetts Superior Court, Middlesex County	us:ma	trial	courts-db
Mifflin Cty. Ct. Cmn. Pleas	Mifflin County Court of Common Pleas	us:pa	trial	courts-db
Mifflin Cty. Ct. Qtr. Sess.	Mifflin County Court of Quarter Sessions	us:pa	trial	courts-db
Mifflin Cty. Orphans' Ct.	Mifflin County Orphans' Court	us:pa	trial	courts-db
Minn.	Supreme Court of Minnesota	us:mn	highest	jurism+courts-db
Minn. Att'y Gen.	Attorney General	us:mn	agency	jurism
Minn. Ct. App.	Court of Appeals of Minnesota	us:mn	intermediate	jurism+courts-db
Miss.	Mississippi Supreme Court	us:ms	highest	jurism+courts-db
Miss. Chanc. Ct.	Mississippi Chancery Courts	us:ms	intermediate	courts-db
Miss. Ct. App.	Court of Appeals of Mississippi	us:ms	intermediate	jurism+courts-db
Mo.	Supreme Court of Missouri	us:mo	highest	jurism+courts-db
Mo. Att'y Gen.	Missouri Attorney General Reports	us:mo	agency	jurism+courts-db
Mo. Ct. App.	Missouri Court of Appeals	us:mo	intermediate	jurism+courts-db
Mongtomery Cty. Orphans' Ct.	Mongtomery County Orphans' Court	us:pa	trial	courts-db
Monmouth Cty. Cir. Ct., N.J.	Monmouth County Circuit Court, N.J.	us:nj	intermediate	courts-db
Monmouth Cty. Fam. Ct.	Monmouth County Family Court	us:nj	trial	courts-db
Monmouth Cty. Super. Ct.	Monmouth County Superior Court	us:nj	trial	courts-db
Monmouth Cty. Surr. Ct.	Monmouth County Surrogate's Court	us:nj	trial	courts-db
Monroe Circ. Ct., Ky.	Monroe Circuit Court, Kentucky	us:ky	trial	courts-db
Monroe Cty. Ct. Cmn. Pleas	Monroe County Court of Common Pleas	us:pa	trial	courts-db
Monroe Cty. Ct. Qtr. Sess.	Monroe County Court of Quarter Sessions	us:pa	trial	courts-db
Monroe Cty. Orphans' Ct.	Monroe County Orphans' Court	us:pa	trial	courts-db
Mont.	Montana Supreme Court	us:mt	highest	jurism+courts-db
Mont. Att'y Gen.	Attorney General	us:mt	agency	jurism
Mont. Tax App. Bd.	Montana Tax Appeal Board	us:mt	agency	jurism
Mont.T.A.B.	Montana Tax Appeal Board	us:mt	intermediate	courts-db
Monterey Dist. Ct.	Monterey District Court	us:ca	trial	courts-db
Montgomery Cir. Ct.	Montgomery County Circuit Court	us:va	trial	courts-db
Montgomery Circ. Ct., Ky.	Montgomery Circuit Court, Kentucky	us:ky	trial	courts-db
Montgomery Cty. Ct. Cmn. Pleas	Montgomery County Court of Common Pleas	us:pa	trial	courts-db
Montgomery Cty. Ct. Oy. Term.	Montgomery County Court of Oyer and Terminer	us:pa	trial	courts-db
Montgomery Cty. Ct. Qtr. Sess.	Montgomery County Court of Quarter Sessions	us:pa	trial	courts-db
Montgomery Cty. Orphans' Ct.	Montgomery County Orphans' Court	us:pa	trial	courts-db
Montour Cty. Ct. Cmn. Pleas	Montour County Court of Common Pleas	us:pa	trial	courts-db
Montour Cty. Ct. Qtr. Sess.	Montour County Court of Quarter Sessions	us:pa	trial	courts-db
Montour Cty. Orphans' Ct.	Montour County Orphans' Court	us:pa	trial	courts-db
Morgan Circ. Ct., Ky.	Morgan Circuit Court, Kentucky	us:ky	trial	courts-db
Morris Cty. Cir. Ct., N.J.	Morris County Circuit Court, N.J.	us:nj	intermediate	courts-db
Morris Cty. Fam. Ct.	Morris County Family Court	us:nj	trial	courts-db
Morris Cty. Super. Ct.	Morris County Superior Court	us:nj	trial	courts-db
Morris Cty. Surr. Ct.	Morris County Surrogate's Court	us:nj	trial	courts-db
Morrow Cty. Cir. Ct., O.R.	Morrow County Circuit Court, Oregon	us:or	trial	courts-db
Muhlenberg Circ. Ct., Ky.	Muhlenberg Circuit Court, Kentucky	us:ky	trial	courts-db
Multnomah Cty. Cir. Ct., O.R.	Multnomah County Circuit Court, Oregon	us:or	trial	courts-db
Muscogee Cty. Super. Ct.	Muscogee County Superior Court, Ga.	us:ga	trial	courts-db
N. Mar. I.	District Court, Northern Mariana Islands	us	trial	courts-db
N.-M. Ct. Crim. App.	Navy Marine Corps Court Criminal Appeals	us:fed	special	jurism
N.C.	Supreme Court of North Carolina	us:nc	highest	jurism+courts-db
N.C. Ct. App.	Court of Appeals of North Carolina	us:nc	intermediate	jurism+courts-db
N.C. Dist. Ct.	North Carolina District Court	us:nc	trial	courts-db
N.C. Ind. Comm.	North Carolina Industrial Commission	us:nc	agency	jurism
N.C. Indus. Comm.	North Carolina Industrial Commission	us:nc	intermediate	courts-db
N.C. Super. Ct.	Superior Court of North Carolina	us:nc	trial	jurism
N.D.	North Dakota Supreme Court	us:nd	highest	jurism+courts-db
N.D. Ala.	United States District Court for the Northern District of Alabama	us:c11:al.nd	trial	jurism+courts-db
N.D. Cal.	United States District Court for the Northern District of California	us:c9:ca.nd	trial	jurism+courts-db
N.D. Ct. App.	North Dakota Court of Appeals	us:nd	intermediate	jurism+courts-db
N.D. Fla.	United States District Court for the Northern District of Florida	us:c11:fl.nd	trial	jurism+courts-db
N.D. Ga.	United States District Court for the Northern District of Georgia	us:c11:ga.nd	trial	jurism+courts-db
N.D. Ill.	District Court, N.D. Illinois	us:c7:il.nd	trial	jurism+courts-db
N.D. Ind.	District Court, N.D. Indiana	us:c7:in.nd	trial	jurism+courts-db
N.D. Iowa	District Court, N.D. Iowa	us:c8:ia.nd	trial	jurism+courts-db
N.D. Miss.	District Court, N.D. Mississippi	us:c5:ms.nd	trial	jurism+courts-db
N.D. Ohio	District Court, N.D. Ohio	us:c6:oh.nd	trial	jurism+courts-db
N.D. Okla.	United States District Court, Oklahoma Northern	us:c10:ok.nd	trial	jurism+courts-db
N.D. Tex.	District Court, N.D. Texas	us:c5:tx.nd	trial	jurism+courts-db
N.D.N.Y.	District Court, N.D. New York	us:c2:ny.nd	trial	jurism+courts-db
N.D.W. Va.	District Court, N.D. West Virginia	us:c4:wv.nd	trial	jurism+courts-db
N.H.	Supreme Court of New Hampshire	us:nh	highest	jurism+courts-db
N.J.	Supreme Court of New Jersey	us:nj	highest	jurism+courts-db
N.J. Ch.	New Jersey Court of Chancery	us:nj	trial	jurism+courts-db
N.J. Circuit. Ct.	New Jersey Circuit Court	us:nj	intermediate	courts-db
N.J. Fam. Ct.	New Jersey Family Court	us:nj	trial	courts-db
N.J. Super. Ct.	Superior Court	us:nj	trial	jurism
N.J. Super. Ct. App. Div.	New Jersey Superior Court Appellate Division	us:nj	trial	courts-db
N.J. Surr. Ct.	New Jersey Surrogate's Court	us:nj	trial	courts-db
N.M.	New Mexico Supreme Court	us:nm	highest	jurism+courts-db
N.M. Ct. App.	New Mexico Court of Appeals	us:nm	intermediate	jurism+courts-db
N.M.C.C.A.	U S Navy Marine Corps Court of Criminal Appeals	us	intermediate	courts-db
N.Y. App. Div.	The Four Departments of the Appellate Division	us:ny	intermediate	jurism+courts-db
N.Y. App. Term.	Appellate Terms of the Supreme Court of New York	us:ny	intermediate	jurism+courts-db
N.Y. Att'y Gen.	New York Attorney General Reports	us:ny	agency	jurism+courts-db
N.Y. Cir. Ct., Columbia Cty.	New York Circuit Court, Columbia County	us:ny	trial	courts-db
N.Y. Cir. Ct., Delaware Cty.	New York Circuit Court, Delaware County	us:ny	trial	courts-db
N.Y. Cir. Ct., Dutchess Cty.	New York Circuit Court, Dutchess County	us:ny	trial	courts-db
N.Y. Cir. Ct., Kings Cty.	New York Circuit Court, Kings County	us:ny	trial	courts-db
N.Y. Cir. Ct., Monroe Cty.	New York Circuit Court, Monroe County	us:ny	trial	courts-db
N.Y. Cir. Ct., Oneida Cty.	New York Circuit Court, Oneida County	us:ny	trial	courts-db
N.Y. Cir. Ct., Oswego Cty.	New York Circuit Court, Oswego County	us:ny	trial	courts-db
N.Y. Circ. Ct., Albany Cty	New York Circuit Court, Albany County	us:ny	trial	courts-db
N.Y. City Ct.	City and Municipal Courts of New York	us:ny	trial	courts-db
N.Y. City Ct., Albany	Albany City Court	us:ny	trial	courts-db
N.Y. City Ct., Amsterdam	Amsterdam City Court	us:ny	trial	courts-db
N.Y. City Ct., Auburn	Auburn City Court	us:ny	trial	courts-db
N.Y. City Ct., Batavia	Batavia City Court	us:ny	trial	courts-db
N.Y. City Ct., Binghamton	Binghamton City Court	us:ny	trial	courts-db
N.Y. City Ct., Buffalo	Buffalo City Court	us:ny	trial	courts-db
N.Y. City Ct., Canandaigua	Canandaigua City Court	us:ny	trial	courts-db
N.Y. City Ct., Clinton	Clinton City Court	us:ny	trial	courts-db
N.Y. City Ct., Cohoes	Cohoes City Court	us:ny	trial	courts-db
N.Y. City Ct., Cortland	Cortland City Court	us:ny	trial	courts-db
N.Y. City Ct., Dunkirk	Dunkirk City Court	us:ny	trial	courts-db
N.Y. City Ct., Elmira	Elmira City Court	us:ny	trial	courts-db
N.Y. City Ct., Fulton	Fulton City Court	us:ny	trial	courts-db
N.Y. City Ct., Geneva	Geneva City Court	us:ny	trial	courts-db
N.Y. City Ct., Glens Falls	Glens Falls City Court	us:ny	trial	courts-db
N.Y. City Ct., Gloversville	Gloversville City Court	us:ny	trial	courts-db
N.Y. City Ct., Hornell	Hornell City Court	us:ny	trial	courts-db
N.Y. City Ct., Hudson	Hudson City Court	us:ny	trial	courts-db
N.Y. City Ct., Ithaca	Ithaca City Court	us:ny	trial	courts-db
N.Y. City Ct., Jamestown	Jamestown City Court	us:ny	trial	courts-db
N.Y. City Ct., Kington	Kingston City Court	us:ny	trial	courts-db
N.Y. City Ct., Lackawanna	Lackawanna City Court	us:ny	trial	courts-db
N.Y. City Ct., Little Falls	City Court Of Little Falls	us:ny	trial	courts-db
N.Y. City Ct., Lockport	Lockport City Court	us:ny	trial	courts-db
N.Y. City Ct., Long Beach	Long Beach City Court	us:ny	trial	courts-db
N.Y. City Ct., Middletown	Middletown City Court	us:ny	trial	courts-db
N.Y. City Ct., Mt. Vernon	Mount Vernon City Court	us:ny	trial	courts-db
N.Y. City Ct., NYC	New York City Court	us:ny	trial	courts-db
N.Y. City Ct., Nassau	Nassau City Court	us:ny	trial	courts-db
N.Y. City Ct., New Rochelle	New Rochelle City Court	us:ny	trial	courts-db
N.Y. City Ct., Newburgh	Newburgh City Court	us:ny	trial	courts-db
N.Y. City Ct., Niagara Falls	Niagara Falls City Court	us:ny	trial	courts-db
N.Y. City Ct., Norwich	Norwich City Court	us:ny	trial	courts-db
N.Y. City Ct., Oneida	Oneida City Court	us:ny	trial	courts-db
N.Y. City Ct., Oswego	Oswego City Court	us:ny	trial	courts-db
N.Y. City Ct., Peekskill	Peekskill City Court	us:ny	trial	courts-db
N.Y. City Ct., Plattsburgh	Plattsburgh City Court	us:ny	trial	courts-db
N.Y. City Ct., Poughkeepsie	Poughkeepsie City Court	us:ny	trial	courts-db
N.Y. City Ct., Pt. Jervis	Port Jervis City Court	us:ny	trial	courts-db
N.Y. City Ct., Rensselaer	Rensselaer City Court	us:ny	trial	courts-db
N.Y. City Ct., Rochester	Rochester City Court	us:ny	trial	courts-db
N.Y. City Ct., Rome	Rome City Court	us:ny	trial	courts-db
N.Y. City Ct., Rye	Rye City Court	us:ny	trial	courts-db
N.Y. City Ct., Saratoga Springs	Saratoga Springs City Court	us:ny	trial	courts-db
N.Y. City Ct., Schenectady	Schenectady City Court	us:ny	trial	courts-db
N.Y. City Ct., Syracuse	Syracuse City Court	us:ny	trial	courts-db
N.Y. City Ct., Tompkins	Tompkins City Court	us:ny	trial	courts-db
N.Y. City Ct., Tonawanda	Tonawanda City Court	us:ny	trial	courts-db
N.Y. City Ct., Troy	Troy City Court	us:ny	trial	courts-db
N.Y. City Ct., Utica	Utica City Court	us:ny	trial	courts-db
N.Y. City Ct., Watertown	Watertown City Court	us:ny	trial	courts-db
N.Y. City Ct., Westchester	City Court of Westchester	us:ny	trial	courts-db
N.Y. City Ct., White Plains	White Plains City Court	us:ny	trial	courts-db
N.Y. City Ct., Yonkers	Yonkers City Court	us:ny	trial	courts-db
N.Y. Ct. App.	New York Court of Appeals	us:ny	highest	jurism
N.Y. Cty Ct.	New York County Courts	us:ny	trial	courts-db
N.Y. Cty. Ct., Albany Cty.	Albany County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Allegany Cty.	Allegany County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Bronx Cty.	Bronx County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Broome Cty.	Broome County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Cattaraugus Cty.	Cattaraugus County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Cayuga Cty.	Cayuga County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Chautauqua Cty.	Chautauqua County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Chemung Cty.	Chemung County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Chenango Cty.	Chenango County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Clinton Cty.	Clinton County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Columbia Cty.	Columbia County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Cortland Cty.	Cortland County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Delaware Cty.	Delaware County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Dutchess Cty.	Dutchess County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Erie Cty.	Erie County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Essex Cty.	Essex County Court, N.Y.	us:ny	trial	courts-db
N.Y. Cty. Ct., Franklin Cty.	Franklin County Court, N.Y.	us:ny	trial	courts-db
N.Y. Cty. Ct., Fulton Cty.	Fulton County Court, N.Y.	us:ny	trial	courts-db
N.Y. Cty. Ct., Genesee Cty.	Genesee County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Greene Cty.	Greene County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Hamilton Cty.	Hamilton County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Herkimer Cty.	Herkimer County Court, New York	us:ny	trial	courts-db
N.Y. Cty. Ct., Jefferson Cty.	Jefferson County Court, New York	us:ny	trial	courts-db
N.Y. Cty. Ct., King Cty.	New York County Court, King County	us:ny	trial	courts-db
N.Y. Cty. Ct., Kings Cty.	Kings County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Lewis Cty.	Lewis County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Livingston Cty.	Livingston County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Madison Cty.	Madison County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Monroe Cty.	Monroe County Court, NY	us:ny	trial	courts-db
N.Y. Cty. Ct., Montgomery Cty.	Montgomery County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Nassau Cty.	Nassau County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., New York Cty.	New York County Court, New York County	us:ny	trial	courts-db
N.Y. Cty. Ct., Niagara Cty.	Niagara County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Oneida Cty.	New York County Court, Oneida County	us:ny	trial	courts-db
N.Y. Cty. Ct., Onondaga Cty.	Onondaga County Court, N.Y.	us:ny	trial	courts-db
N.Y. Cty. Ct., Ontario Cty.	Ontario County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Orange Cty.	Orange County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Orleans Cty.	Orleans County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Oswego Cty.	Oswego County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Otsego Cty.	Otsego County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Putnam Cty.	County Court of New York, Putnam County	us:ny	trial	courts-db
N.Y. Cty. Ct., Queens Cty.	Queens County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Rensselaer Cty.	Rensselaer County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Rockland Cty.	Rockland County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Saratoga Cty.	New York Saratoga County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Schenectady Cty.	Schenectady County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Schoharie Cty.	Schoharie County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Schuyler Cty.	Schuyler County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Seneca Cty.	County Court of New York, Seneca County	us:ny	trial	courts-db
N.Y. Cty. Ct., St. Lawrence Cty.	St. Lawrence County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Steuben Cty.	Steuben County Court, New York	us:ny	trial	courts-db
N.Y. Cty. Ct., Suffolk Cty.	Suffolk County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Sullivan Cty.	Sullivan County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Tioga Cty.	Tioga County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Tompkins Cty.	Tompkins County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Ulster Cty.	Ulster County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Warren Cty.	Warren County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Washington Cty.	Washington County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Wayne Cty.	Wayne County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Westchester Cty.	Westchester County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Wyoming Cty.	Wyoming County Court	us:ny	trial	courts-db
N.Y. Cty. Ct., Yates Cty.	Yates County Court	us:ny	trial	courts-db
N.Y. Fam. Ct.	New York Family Court	us:ny	trial	jurism+courts-db
N.Y. Just. Court	Town and Village Courts	us:ny	trial	courts-db
N.Y. Just. Court, Albany	Albany City Police Court	us:ny	trial	courts-db
N.Y. Just. Court, Amherst	Amherst Town Court	us:ny	trial	courts-db
N.Y. Just. Court, Bedford	Bedford Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Colonie	Colonie Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Gardent City	Garden City Police Court	us:ny	trial	courts-db
N.Y. Just. Court, Great Neck	Great Neck Plaza Village Court	us:ny	trial	courts-db
N.Y. Just. Court, Greenburgh	Justice Court of Town of Greenburgh	us:ny	trial	courts-db
N.Y. Just. Court, Hempstead	Hempstead Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Hunter	Hunter Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Hyde Park	Hyde Park Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Kensington	Kensington Village Court	us:ny	trial	courts-db
N.Y. Just. Court, Kinderhook	Kinderhook Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, LaGrange	LaGrange Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Massapequa Pk.	Massapequa Park Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Taghkanic	Taghkanic Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Troy	Troy City Police Court	us:ny	trial	courts-db
N.Y. Just. Court, Valley Stream	Valley Stream Justice Court	us:ny	trial	courts-db
N.Y. Just. Court, Webster	Webster Justice Court	us:ny	trial	courts-db
N.Y. St. Hosp. Comm'n	New York State Hospital Commission	us:ny	intermediate	courts-db
N.Y. Sup. Ct.	New York Supreme Court	us:ny	trial	jurism+courts-db
N.Y. Sup. Ct., Albany Cty.	New York Supreme Court, Albany	us:ny	trial	courts-db
N.Y. Sup. Ct., Allegany Cty.	New York Supreme Court, Allegany County	us:ny	trial	courts-db
N.Y. Sup. Ct., Bronx Cty.	New York Supreme Court, Bronx County	us:ny	trial	courts-db
N.Y. Sup. Ct., Broome Cty.	New York Supreme Court, Broome County	us:ny	trial	courts-db
N.Y. Sup. Ct., Cattaraugus Cty.	New York Supreme Court, Cattaraugus	us:ny	trial	courts-db
N.Y. Sup. Ct., Cayuga Cty.	New York Supreme Court, Cayuga	us:ny	trial	courts-db
N.Y. Sup. Ct., Chautauqua Cty.	New York Supreme Court, Chautauqua County	us:ny	trial	courts-db
N.Y. Sup. Ct., Chemung Cty.	New York Supreme Court, Chemung County	us:ny	trial	courts-db
N.Y. Sup. Ct., Chenango Cty.	New York Supreme Court, Chenango	us:ny	trial	courts-db
N.Y. Sup. Ct., Clinton Cty.	New York Supreme Court, Clinton	us:ny	trial	courts-db
N.Y. Sup. Ct., Columbia Cty.	New York Supreme Court, Columbia County	us:ny	trial	courts-db
N.Y. Sup. Ct., Cortland Cty.	New York Supreme Court, Cortland County	us:ny	trial	courts-db
N.Y. Sup. Ct., Delaware Cty.	New York Supreme Court, Delaware County	us:ny	trial	courts-db
N.Y. Sup. Ct., Dutchess Cty.	New York Supreme Court, Dutchess County	us:ny	trial	courts-db
N.Y. Sup. Ct., Erie Cty.	New York Supreme Court, Erie County	us:ny	trial	courts-db
N.Y. Sup. Ct., Essex Cty.	New York Supreme Court, Essex County	us:ny	trial	courts-db
N.Y. Sup. Ct., Franklin Cty.	New York Supreme Court, Franklin County	us:ny	trial	courts-db
N.Y. Sup. Ct., Fulton Cty.	New York Supreme Court, Fulton County	us:ny	trial	courts-db
N.Y. Sup. Ct., Genesee Cty.	New York Supreme Court, Genesee County	us:ny	trial	courts-db
N.Y. Sup. Ct., Greene Cty.	New York Supreme Court, Greene County	us:ny	trial	courts-db
N.Y. Sup. Ct., Hamilton Cty.	New York Supreme Court, Hamilton County	us:ny	trial	courts-db
N.Y. Sup. Ct., Herkimer Cty.	New York Supreme Court, Herkimer County	us:ny	trial	courts-db
N.Y. Sup. Ct., Jefferson Cty.	New York Supreme Court, Jefferson County	us:ny	trial	courts-db
N.Y. Sup. Ct., Kings Cty.	New York Supreme Court, Kings	us:ny	trial	courts-db
N.Y. Sup. Ct., Lewis Cty.	New York Supreme Court, Lewis County	us:ny	trial	courts-db
N.Y. Sup. Ct., Livingston Cty.	New York Supreme Court, Livingston County	us:ny	trial	courts-db
N.Y. Sup. Ct., Madison Cty.	New York Supreme Court, Madison County	us:ny	trial	courts-db
N.Y. Sup. Ct., Monroe Cty.	New York Supreme Court, Monroe County	us:ny	trial	courts-db
N.Y. Sup. Ct., Montgomery Cty.	New York Supreme Court, Montgomery County	us:ny	trial	courts-db
N.Y. Sup. Ct., NYC Cty.	New York Supreme Court New York	us:ny	trial	courts-db
N.Y. Sup. Ct., Nassau Cty.	New York Supreme Court, Nassau County	us:ny	trial	courts-db
N.Y. Sup. Ct., Niagara Cty.	New York Supreme Court, Niagara	us:ny	trial	courts-db
N.Y. Sup. Ct., Oneida Cty.	New York Supreme Court Oneida Special Term	us:ny	trial	courts-db
N.Y. Sup. Ct., Onondaga Cty.	New York Supreme Court, Onondaga County	us:ny	trial	courts-db
N.Y. Sup. Ct., Ontario Cty.	New York Supreme Court, Ontario County	us:ny	trial	courts-db
N.Y. Sup. Ct., Orange Cty.	New York Supreme Court, Orange County	us:ny	trial	courts-db
N.Y. Sup. Ct., Orleans Cty.	New York Supreme Court, Orleans County	us:ny	trial	courts-db
N.Y. Sup. Ct., Oswego Cty.	New York Supreme Court, Oswego County	us:ny	trial	courts-db
N.Y. Sup. Ct., Otsego Cty.	New York Supreme Court, Otsego County	us:ny	trial	courts-db
N.Y. Sup. Ct., Putnam Cty.	New York Supreme Court, Putnam County	us:ny	trial	courts-db
N.Y. Sup. Ct., Queens Cty.	Supreme Court, Queens County	us:ny	trial	courts-db
N.Y. Sup. Ct., Rensselaer Cty.	New York Supreme Court, Rensselaer	us:ny	trial	courts-db
N.Y. Sup. Ct., Richmond Cty.	New York Supreme Court, Richmond County	us:ny	trial	courts-db
N.Y. Sup. Ct., Rockland Cty.	New York Supreme Court, Rockland County	us:ny	trial	courts-db
N.Y. Sup. Ct., Saratoga Cty.	New York Supreme Court, Saratoga County	us:ny	trial	courts-db
N.Y. Sup. Ct., Schenectady Cty.	New York Supreme Court, Schenectady County	us:ny	trial	courts-db
N.Y. Sup. Ct., Schoharie Cty.	New York Supreme Court, Schoharie County	us:ny	trial	courts-db
N.Y. Sup. Ct., Schuyler Cty.	New York Supreme Court, Schuyler County	us:ny	trial	courts-db
N.Y. Sup. Ct., Seneca Cty.	New York Supreme Court, Seneca County	us:ny	trial	courts-db
N.Y. Sup. Ct., St. Lawrence Cty.	New York Supreme Court St. Lawrence	us:ny	trial	courts-db
N.Y. Sup. Ct., Steuben Cty.	New York Supreme Court Steuben	us:ny	trial	courts-db
N.Y. Sup. Ct., Suffolk Cty.	New York Supreme Court, Suffolk County	us:ny	trial	courts-db
N.Y. Sup. Ct., Sullivan Cty.	New York Supreme Court, Sullivan County	us:ny	trial	courts-db
N.Y. Sup. Ct., Tioga Cty.	New York Supreme Court, Tioga County	us:ny	trial	courts-db
N.Y. Sup. Ct., Tompkins Cty.	New York Supreme Court, Tompkins County	us:ny	trial	courts-db
N.Y. Sup. Ct., Ulster Cty.	New York Supreme Court Ulster Special Term	us:ny	trial	courts-db
N.Y. Sup. Ct., Warren Cty.	New York Supreme Court, Warren County	us:ny	trial	courts-db
N.Y. Sup. Ct., Wash. Cty.	New York Supreme Court, Washington County	us:ny	trial	courts-db
N.Y. Sup. Ct., Wayne Cty.	New York Supreme Court, Wayne County	us:ny	trial	courts-db
N.Y. Sup. Ct., Wchstr. Cty.	Supreme Court, Westchester County	us:ny	trial	courts-db
N.Y. Sup. Ct., Wyoming Cty.	New York Supreme Court, Wyoming County	us:ny	trial	courts-db
N.Y. Sup. Ct., Yates Cty.	New York Supreme Court, Yates County	us:ny	trial	courts-db
N.Y. Sur. Ct.	Surrogates Court	us:ny	trial	jurism
N.Y. Surr. Ct., Albany Cty.	Surrogate's Court, Albany County	us:ny	trial	courts-db
N.Y. Surr. Ct., Bronx, Cty.	Surrogate's Court, Bronx County	us:ny	trial	courts-db
N.Y. Surr. Ct., Broome Cty.	Surrogate's Court, Broome County	us:ny	trial	courts-db
N.Y. Surr. Ct., Cattaraugus Cty.	Surrogate's Court, Cattaraugus County	us:ny	trial	courts-db
N.Y. Surr. Ct., Chautauqua Cty.	Surrogate's Court, Chautauqua County	us:ny	trial	courts-db
N.Y. Surr. Ct., Cortland Cty.	Surrogate's Court, Cortland County	us:ny	trial	courts-db
N.Y. Surr. Ct., Delaware Cty.	Surrogate's Court, Delaware County	us:ny	trial	courts-db
N.Y. Surr. Ct., Dutchess Cty.	Surrogate's Court, Dutchess County	us:ny	trial	courts-db
N.Y. Surr. Ct., Erie Cty.	Surrogate's Court, Erie County	us:ny	trial	courts-db
N.Y. Surr. Ct., Essex Cty.	Surrogate's Court, Essex County	us:ny	trial	courts-db
N.Y. Surr. Ct., Franklin Cty.	Surrogate's Court, Franklin County	us:ny	trial	courts-db
N.Y. Surr. Ct., Genesee Cty.	Surrogate's Court, Genesee County	us:ny	trial	courts-db
N.Y. Surr. Ct., Jefferson Cty.	Surrogate's Court, Jefferson County	us:ny	trial	courts-db
N.Y. Surr. Ct., Kings Cty.	Surrogate's Court, Kings County	us:ny	trial	courts-db
N.Y. Surr. Ct., Madison Cty.	Surrogate's Court, Madison County	us:ny	trial	courts-db
N.Y. Surr. Ct., Monroe Cty.	Surrogate's Court, Monroe County	us:ny	trial	courts-db
N.Y. Surr. Ct., Nassau Cty.	Surrogate's Court, Nassau County	us:ny	trial	courts-db
N.Y. Surr. Ct., New York Cty.	Surrogate's Court, New York County	us:ny	trial	courts-db
N.Y. Surr. Ct., Oneida Cty.	Surrogate's Court, Oneida County	us:ny	trial	courts-db
N.Y. Surr. Ct., Onondaga Cty.	Surrogate's Court, Onondaga County	us:ny	trial	courts-db
N.Y. Surr. Ct., Orange Cty.	Surrogate's Court, Orange County	us:ny	trial	courts-db
N.Y. Surr. Ct., Putnam Cty.	Surrogate's Court, Putnam County	us:ny	trial	courts-db
N.Y. Surr. Ct., Queens Cty.	Surrogate's Court, Queens County	us:ny	trial	courts-db
N.Y. Surr. Ct., Rensselaer Cty.	Surrogate's Court, Rensselaer County	us:ny	trial	courts-db
N.Y. Surr. Ct., Richmond Cty.	Surrogate's Court, Richmond County	us:ny	trial	courts-db
N.Y. Surr. Ct., Rockland Cty.	Surrogate's Court, Rockland County	us:ny	trial	courts-db
N.Y. Surr. Ct., Saratoga Cty.	Surrogate's Court, Saratoga County	us:ny	trial	courts-db
N.Y. Surr. Ct., Schenectady Cty.	Surrogate's Court, Schenectady County	us:ny	trial	courts-db
N.Y. Surr. Ct., Suffolk Cty.	Surrogate's Court, Suffolk County	us:ny	trial	courts-db
N.Y. Surr. Ct., Sullivan Cty.	Surrogate's Court, Sullivan County	us:ny	trial	courts-db
N.Y. Surr. Ct., Tompkins Cty.	Surrogate's Court, Tompkins County	us:ny	trial	courts-db
N.Y. Surr. Ct., Ulster Cty.	Surrogate's Court, Ulster County	us:ny	trial	courts-db
N.Y. Surr. Ct., Warren Cty.	Surrogate's Court, Warren County	us:ny	trial	courts-db
N.Y. Surr. Ct., Wayne Cty.	Surrogate's Court, Wayne County	us:ny	trial	courts-db
N.Y. Surr. Ct., Westchester Cty.	Surrogate's Court, Westchester County	us:ny	trial	courts-db
N.Y. Surr. Ct., Wyoming Cty.	Surrogate's Court, Wyoming County	us:ny	trial	courts-db
N.Y. Surr. Ct., Yates Cty.	Surrogate's Court, Yates County	us:ny	trial	courts-db
N.Y.C. Civ. Ct.	Civil Court	us:ny:nyc	trial	jurism
N.Y.C. Crim. Ct.	Criminal Court	us:ny:nyc	trial	jurism
N.Y.C. Fam. Ct.	New York City Family Court	us:ny	trial	courts-db
NY	New York Court of Appeals	us:ny	highest	courts-db
Navajo	Supreme Court	us:navajo	highest	jurism
Neb.	Nebraska Supreme Court	us:ne	highest	jurism+courts-db
Neb. Att'y Gen.	Nebraska Attorney General Reports	us:ne	agency	jurism+courts-db
Neb. Ct. App.	Nebraska Court of Appeals	us:ne	intermediate	jurism+courts-db
Nelson Cir. Ct.	Nelson County Circuit Court	us:va	trial	courts-db
Nelson Circ. Ct., Ky.	Nelson Circuit Court, Kentucky	us:ky	trial	courts-db
Nev.	Nevada Supreme Court	us:nv	highest	jurism+courts-db
Nev. Dist. Ct.	Nevada District Courts	us:nv	trial	courts-db
Nev. Dist. Ct., 7th Jud. Dist.	Nevada District Courts, 7th Judicial District	us:nv	trial	courts-db
Nev. Dist. Ct., Eureka Cty.	Nevada District Court, Eureka County	us:nv	trial	courts-db
New Hampshire Committee of the Privy Council	New Hampshire Committee of the Privy Council	colonial	intermediate	courts-db
New Kent Cir. Ct.	New Kent County Circuit Court	us:va	trial	courts-db
Newport News Cir. Ct.	Newport News County Circuit Court	us:va	trial	courts-db
Nicholas Circ. Ct., Ky.	Nicholas Circuit Court, Kentucky	us:ky	trial	courts-db
Norfolk Cir. Ct.	Norfolk County Circuit Court	us:va	trial	courts-db
Northampton Cir. Ct.	Northampton County Circuit Court	us:va	trial	courts-db
Northampton Cty. Ct. Cmn. Pleas	Northampton County Court of Common Pleas	us:pa	trial	courts-db
Northampton Cty. Ct. Oy. Term.	Northampton County Court of Oyer and Terminer	us:pa	trial	courts-db
Northampton Cty. Ct. Qtr. Sess.	Northampton County Court of Quarter Sessions	us:pa	trial	courts-db
Northampton Cty. Orphans' Ct.	Northampton County Orphans' Court	us:pa	trial	courts-db
Northumberl Cty. Orphans' Ct.	Northumberland County Orphans' Court	us:pa	trial	courts-db
Northumberland Cir. Ct.	Northumberland County Circuit Court	us:va	trial	courts-db
Northumberland Cty. Ct. Cmn. Pleas	Northumberland County Court of Common Pleas	us:pa	trial	courts-db
Northumberland Cty. Ct. Qtr. Sess.	Northumberland County Court of Quarter Sessions	us:pa	trial	courts-db
Nottoway Cir. Ct.	Nottoway County Circuit Court	us:va	trial	courts-db
OH. Super. Ct.	Ohio Superior Court	us:oh	trial	courts-db
OH. Super. Ct., Cinci.	Ohio Superior Court, Cincinnati	us:oh	trial	courts-db
Ocean Cty. Cir. Ct., N.J.	Ocean County Circuit Court, N.J.	us:nj	intermediate	courts-db
Ocean Cty. Fam. Ct.	Ocean County Family Court	us:nj	trial	courts-db
Ocean Cty. Super. Ct.	Ocean County Superior Court	us:nj	trial	courts-db
Ocean Cty. Surr. Ct.	Ocean County Surrogate's Court	us:nj	trial	courts-db
Oglethorpe Cty. Super. Ct.	Oglethorpe County Superior Court, Ga.	us:ga	trial	courts-db
Oh. Circ. Ct.	Ohio Circuit Courts	us:oh	trial	courts-db
Oh. Circ. Ct., Adams	Adams Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Allen	Allen Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Ashland	Ashland Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Ashtabula	Ashtabula Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Athens	Athens Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Auglaize	Auglaize County Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Belmont	Belmont Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Brown	Brown Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Butler	Butler Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Carroll	Carroll Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Champaign	Champaign Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Clark	Clark Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Clermont	Clermont Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Clinton	Clinton Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Columbiana	Columbiana Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Coshocton	Coshocton Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Crawford	Crawford Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Cuyahoga	Cuyahoga Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Darke	Darke Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Defiance	Defiance Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Delaware	Delaware Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Erie	Erie Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Fairfield	Fairfield Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Fayette	Fayette Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Franklin	Franklin Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Fulton	Fulton Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Geauga	Geauga Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Greene	Greene Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Guernsey	Guernsey Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Hamilton	Hamilton Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Hancock	Hancock Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Hancook	Hancook Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Hardin	Hardin Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Harrison	Harrison Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Henry	Henry Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Highland	Highland Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Holmes	Holmes Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Huron	Huron Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Jackson	Jackson Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Jefferson	Jefferson Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Knox	Knox County Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Lake	Lake County Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Lawrence	Lawrence Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Licking	Licking Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Logan	Logan Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Lorain	Lorain Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Lucas	Lucas Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Madison	Madison Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Mahoning	Mahoning Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Marion	Marion Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Medina	Medina Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Meigs	Meigs Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Mercer	Mercer Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Miami	Miami Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Monroe	Monroe Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Montgomery	Montgomery Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Morgan	Morgan Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Morrow	Morrow Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Muskingum	Muskingum Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Noble	Noble Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Ottawa	Ottawa Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Paulding	Paulding Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Perry	Perry Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Pickaway	Pickaway Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Pike	Pike Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Portage	Portage Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Preble	Preble Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Putnam	Putnam Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Richland	Richland Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Ross	Ross Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Sandusky	Sandusky Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Scioto	Scioto Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Seneca	Seneca Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Shelby	Shelby Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Stark	Stark Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Summit	Summit Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Taggart	Taggart Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Trumbull	Trumbull Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Tuscarawas	Tuscarawas Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Union	Union County Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Van Wert	Van Wert Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Vinton	Vinton County Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Warren	Warren Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Wayne	Wayne Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Williams	Williams Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Wood	Wood Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Wyandot	Wyandot Circuit Court	us:oh	trial	courts-db
Oh. Circ. Ct., Wyandotte	Wyandotte County Circuit Court	us:oh	trial	courts-db
Oh. Ct. App. 10th Dist	Court of Appeals of Ohio, Tenth District	us:oh	trial	courts-db
Oh. Ct. App. 10th Dist. Franklin	Court of Appeals of Ohio, Tenth District, Franklin County	us:oh	trial	courts-db
Oh. Ct. App. 11th Dist.	Court of Appeals of Ohio, Eleventh District	us:oh	trial	courts-db
Oh. Ct. App. 11th Dist. Ashtabula	Court of Appeals of Ohio, Eleventh District, Ashtabula County	us:oh	trial	courts-db
Oh. Ct. App. 11th Dist. Geauga	Court of Appeals of Ohio, Eleventh District, Geauga County	us:oh	trial	courts-db
Oh. Ct. App. 11th Dist. Lake	Court of Appeals of Ohio, Eleventh District, Lake County	us:oh	trial	courts-db
Oh. Ct. App. 11th Dist. Portage	Court of Appeals of Ohio, Eleventh District, Portage County	us:oh	trial	courts-db
Oh. Ct. App. 11th Dist. Trumbull	Court of Appeals of Ohio, Eleventh District, Trumbull County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist.	Court of Appeals of Ohio, Twelfth District	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Brown	Court of Appeals of Ohio, Twelfth District, Brown County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Butler	Court of Appeals of Ohio, Twelfth District, Butler County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Clermont	Court of Appeals of Ohio, Twelfth District, Clermont County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Clinton	Court of Appeals of Ohio, Twelfth District, Clinton County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Fayette	Court of Appeals of Ohio, Twelfth District, Fayette County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Madison	Court of Appeals of Ohio, Twelfth District, Madison County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Preble	Court of Appeals of Ohio, Twelfth District, Preble County	us:oh	trial	courts-db
Oh. Ct. App. 12th Dist. Warren	Court of Appeals of Ohio, Twelfth District, Warren County	us:oh	trial	courts-db
Oh. Ct. App. 1st Dist.	Court of Appeals of Ohio, First District	us:oh	trial	courts-db
Oh. Ct. App. 1st Dist. Hamilton	Court of Appeals of Ohio, First District, Hamilton County	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist.	Court of Appeals of Ohio, Second District	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist. Champaign	Court of Appeals of Ohio, Second District, Champaign County	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist. Clark	Court of Appeals of Ohio, Second District, Clark County	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist. Darke	Court of Appeals of Ohio, Second District, Darke County	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist. Greene	Court of Appeals of Ohio, Second District, Greene County	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist. Miami	Court of Appeals of Ohio, Second District, Miami County	us:oh	trial	courts-db
Oh. Ct. App. 2nd Dist. Montgomery	Court of Appeals of Ohio, Second District, Montgomery County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist	Court of Appeals of Ohio, Third District	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Allen	Court of Appeals of Ohio, Third District, Allen County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Auglaize	Court of Appeals of Ohio, Third District, Auglaize County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Crawford	Court of Appeals of Ohio, Third District, Crawford County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Defiance	Court of Appeals of Ohio, Third District, Defiance County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Hancock	Court of Appeals of Ohio, Third District, Hancock County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Hardin	Court of Appeals of Ohio, Third District, Hardin County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Henry	Court of Appeals of Ohio, Third District, Henry County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Logan	Court of Appeals of Ohio, Third District, Logan County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Marion	Court of Appeals of Ohio, Third District, Marion County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Mercer	Court of Appeals of Ohio, Third District, Mercer County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Paulding	Court of Appeals of Ohio, Third District, Paulding County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Putnam	Court of Appeals of Ohio, Third District, Putnam County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Seneca	Court of Appeals of Ohio, Third District, Seneca County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Shelby	Court of Appeals of Ohio, Third District, Shelby County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Union	Court of Appeals of Ohio, Third District, Union County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Van Wert	Court of Appeals of Ohio, Third District, Van Wert County	us:oh	trial	courts-db
Oh. Ct. App. 3rd Dist. Wyandot	Court of Appeals of Ohio, Third District, Wyandot County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist.	Court of Appeals of Ohio, Fourth District	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Adams	Court of Appeals of Ohio, Fourth District, Adams County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Athens	Court of Appeals of Ohio, Fourth District, Athens County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Gallia	Court of Appeals of Ohio, Fourth District, Gallia County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Highland	Court of Appeals of Ohio, Fourth District, Highland County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Hocking	Court of Appeals of Ohio, Fourth District, Hocking County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Jackson	Court of Appeals of Ohio, Fourth District, Jackson County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Lawrence	Court of Appeals of Ohio, Fourth District, Lawrence County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Meigs	Court of Appeals of Ohio, Fourth District, Meigs County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Pickaway	Court of Appeals of Ohio, Fourth District, Pickaway County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Pike	Court of Appeals of Ohio, Fourth District, Pike County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Ross	Court of Appeals of Ohio, Fourth District, Ross County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Scioto	Court of Appeals of Ohio, Fourth District, Scioto County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Vinton	Court of Appeals of Ohio, Fourth District, Vinton County	us:oh	trial	courts-db
Oh. Ct. App. 4th Dist. Washington	Court of Appeals of Ohio, Fourth District, Washington County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist.	Court of Appeals of Ohio, Fifth District	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Ashland	Court of Appeals of Ohio, Fifth District, Ashland County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Coshocton	Court of Appeals of Ohio, Fifth District, Coshocton County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Delaware	Court of Appeals of Ohio, Fifth District, Delaware County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Fairfield	Court of Appeals of Ohio, Fifth District, Fairfield County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Guernsey	Court of Appeals of Ohio, Fifth District, Guernsey County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Holmes	Court of Appeals of Ohio, Fifth District, Holmes County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Knox	Court of Appeals of Ohio, Fifth District, Knox County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Licking	Court of Appeals of Ohio, Fifth District, Licking County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Morgan	Court of Appeals of Ohio, Fifth District, Morgan County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Morrow	Court of Appeals of Ohio, Fifth District, Morrow County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Muskingum	Court of Appeals of Ohio, Fifth District, Muskingum County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Richland	Court of Appeals of Ohio, Fifth District, Richland County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Stark	Court of Appeals of Ohio, Fifth District, Stark County	us:oh	trial	courts-db
Oh. Ct. App. 5th Dist. Tuscarawas	Court of Appeals of Ohio, Fifth District, Tuscarawas County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist	Court of Appeals of Ohio, Sixth District	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Erie	Court of Appeals of Ohio, Sixth District, Erie County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Fulton	Court of Appeals of Ohio, Sixth District, Fulton County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Huron	Court of Appeals of Ohio, Sixth District, Huron County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Lucas	Court of Appeals of Ohio, Sixth District, Lucas County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Ottawa	Court of Appeals of Ohio, Sixth District, Ottawa County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Sandusky	Court of Appeals of Ohio, Sixth District, Sandusky County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Williams	Court of Appeals of Ohio, Sixth District, Williams County	us:oh	trial	courts-db
Oh. Ct. App. 6th Dist. Wood	Court of Appeals of Ohio, Sixth District, Wood County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist.	Court of Appeals of Ohio, Seventh District	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Belmont	Court of Appeals of Ohio, Seventh District, Belmont County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Carroll	Court of Appeals of Ohio, Seventh District, Carroll County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Columbiana	Court of Appeals of Ohio, Seventh District, Columbiana County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Harrison	Court of Appeals of Ohio, Seventh District, Harrison County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Jefferson	Court of Appeals of Ohio, Seventh District, Jefferson County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Mahoning	Court of Appeals of Ohio, Seventh District, Mahoning County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Monroe	Court of Appeals of Ohio, Seventh District, Monroe County	us:oh	trial	courts-db
Oh. Ct. App. 7th Dist. Noble	Court of Appeals of Ohio, Seventh District, Noble County	us:oh	trial	courts-db
Oh. Ct. App. 8th Dist.	Court of Appeals of Ohio, Eighth District	us:oh	trial	courts-db
Oh. Ct. App. 8th Dist. Cuyahoga	Court of Appeals of Ohio, Eighth District, Cuyahoga County	us:oh	trial	courts-db
Oh. Ct. App. 9th Dist.	Court of Appeals of Ohio, Ninth District	us:oh	trial	courts-db
Oh. Ct. App. 9th Dist. Lorain	Court of Appeals of Ohio, Ninth District, Lorain County	us:oh	trial	courts-db
Oh. Ct. App. 9th Dist. Medina	Court of Appeals of Ohio, Ninth District, Medina County	us:oh	trial	courts-db
Oh. Ct. App. 9th Dist. Summit	Court of Appeals of Ohio, Ninth District, Summit County	us:oh	trial	courts-db
Oh. Ct. App. 9th Dist. Wayne	Court of Appeals of Ohio, Ninth District, Wayne County	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Adams	Adams County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Allen	Allen County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Ashland	Ashland County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Ashtabula	Ashtabula County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Athens	Athens County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Auglaize	Auglaize County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Belmont	Belmont County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Boss	Boss County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Brown	Brown County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Butler	Butler County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Carroll	Carroll County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Champaign	Champaign County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Clark	Clark County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Clarke	Clarke County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Clermont	Clermont County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Clinton	Clinton County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Columbiana	Columbiana County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Coshocton	Coshocton County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Crawford	Crawford County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Cuyahoga	Cuyahoga County Common Pleas Court	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Darke	Darke County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Defiance	Defiance County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Delaware	Delaware County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Erie	Erie County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Fairfield	Fairfield County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Fayette	Fayette County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Franklin Civil Division	Court of Common Pleas of Ohio, Franklin County, Civil Division	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Fulton	Fulton County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Galia	Galia County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Gallia	Gallia County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Geauga	Geauga County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Green	Green County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Greene	Greene County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Guernsey	Guernsey County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Hamilton	Court of Common Pleas of Ohio, Hamilton County	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Hancock	Hancock County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Hardin	Hardin County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Harrison	Harrison County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Henry	Henry County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Highland	Highland County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Hocking	Hocking County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Holmes	Holmes County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Huron	Huron County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Jackson	Jackson County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Jefferson	Jefferson County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Knox	Knox County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Lake	Lake County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Lawrence	Lawrence County Common Pleas Court	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Licking	Licking County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Logan	Logan County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Lorain	Lorain County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Lucas	Lucas County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Madison	Madison County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Mahoning	Mahoning County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Marion	Marion County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Medina	Medina County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Meigs	Meigs County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Mercer	Mercer County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Miami	Miami County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Monroe	Monroe County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Montgomery	Montgomery County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Morgan	Morgan County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Morrow	Morrow County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Muskingum	Muskingum County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Noble	Noble County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Ottawa	Ottawa County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Paulding	Paulding County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Pickaway	Pickaway County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Pike	Pike County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Portage	Portage County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Preble	Preble County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Putnam	Putnam County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Richland	Richland County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Ross	Ross County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Sandusky	Sandusky County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Scioto	Scioto County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Seneca	Seneca County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Shelby	Shelby County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Stark	Stark County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Summit	Summit County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Tascarawas	Tascarawas County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Trumbull	Trumbull County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Tuscarawas	Tuscarawas County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Union	Union County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Van Wert	Van Wert County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Vinton	Vinton County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Warren	Warren County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Washington	Washington County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Wayne	Wayne County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Williams	Williams County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Wood	Wood County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Com. Pl., Wyandot	Wyandot County Court of Common Pleas	us:oh	trial	courts-db
Oh. Ct. Insolv.	Ohio Court of Insolvency	us:oh	trial	courts-db
Oh. Ct. N.P.	Ohio Court of Nisi Prius	us:oh		courts-db
Oh. Juv. Ct., Allen	Allen County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Columbiana	Columbiana County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Cuyahoga	Cuyahoga County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Greene	Greene County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Hamilton	Hamilton County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Huron	Huron County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Licking	Licking County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Lucas	Lucas County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Marion	Marion County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Muskingum	Muskingum County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Noble	Noble County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Preble	Preble County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Tuscarawas	Tuscarawas County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Warren	Warren County Juvenile Court	us:oh	trial	courts-db
Oh. Juv. Ct., Wayne	Wayne County Juvenile Court	us:oh	trial	courts-db
Oh. Mayor Ct.	Ohio Mayors' Court	us:oh	trial	courts-db
Oh. Mayor Ct., Cincinnati	Cincinnati Police Court	us:oh	trial	courts-db
Oh. Mayor Ct., Cleveland	Cleveland Police Court	us:oh	trial	courts-db
Oh. Mayor Ct., Columbus	Columbus Police Court	us:oh	trial	courts-db
Oh. Muni. Ct., Akron	Akron Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Ashland	Ashland Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Ashtabula	Ashtabula Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Athens	Athens County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Auglaize	Auglaize County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Avon Lake	Avon Lake Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Barberton	Barberton Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Bedford	Bedford Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Bellefontaine	Bellefontaine Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Berea	Berea Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Bowling Green	Bowling Green County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Canton	Canton Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Celina	Celina Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Chardon	Chardon Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Chillicothe	Chillicothe Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Cincinnati	Cincinnati Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Circleville	Circleville Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Clark	Clark County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Clermont	Clermont County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Cleveland	City of Cleveland Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Columbus	City of Columbus Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Crawford	Crawford County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Cuyahoga	Cuyahoga County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Cuyahoga Falls	Cuyahoga Falls Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Darke	Darke County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Dayton	City of Dayton Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., East Liverpool	East Liverpool Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Elyria	Elyria Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Euclid	Euclid Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Euclid City	Euclid City Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Findlay	Findlay Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Fostoria	Fostoria Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Franklin	Franklin County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Fremont	Fremont Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Gallipolis	Gallipolis Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Girard	Girard Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Hamilton	Hamilton County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Highland	Highland County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Hocking	Hocking County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Kettering	Kettering Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Lakewood	Lakewood Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Lancaster	Lancaster Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Lawrence	Lawrence County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Licking	Licking County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Lima	Lima Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Lorain	Lorain Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Lucas	Lucas County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Mansfield	Mansfield Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Marion	Marion County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Marysville	Marysville Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Massillon	Massillon Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Maumee	Maumee Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Medina	Medina Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Miamisburg	Miamisburg Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Middletown	Middletown Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Morrow	Morrow County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., New Philadelphia	New Philadelphia Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Newton Falls	Newton Falls Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Oberlin	Oberlin Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Parma	Parma Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Perrysburg	Perrysburg Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Piqua	Piqua Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Port Clinton	Port Clinton Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Portage	Portage County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Portsmouth	Portsmouth Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Ravenna	Ravenna Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Rocky River	Rocky River Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Shaker Heights	Shaker Heights Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Sidney	Sidney Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., South Euclid	South Euclid Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Springfield	Springfield Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Struthers	Struthers Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Summit	Summit County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Sylvania	Sylvania Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Tiffin	Tiffin Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Toledo	Toledo Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Trumbull	Trumbull County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Upper Sandusky	Upper Sandusky Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Van Wert	Van Wert County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Vandalia	Municipal Court of Vandalia	us:oh	trial	courts-db
Oh. Muni. Ct., Wadsworth	Wadsworth Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Warren	Warren County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Wayne	Wayne County Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Willoughby	Willoughby Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Xenia	Xenia Municipal Court	us:oh	trial	courts-db
Oh. Muni. Ct., Zanesville	Zanesville Municipal Court	us:oh	trial	courts-db
Oh. Prob. Ct.	Ohio Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Allen	Allen County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Ashtabula	Ashtabula County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Auglaize	Auglaize County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Belmont	Belmont County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Butler	Butler County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Champaign	Champaign County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Clark	Clark County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Clarke	Clarke County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Clermont	Clermont County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Clinton	Clinton County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Columbiana	Columbiana County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Cuyahoga	Cuyahoga County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Darke	Darke County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Erie	Erie County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Fairfield	Fairfield County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Fayette	Fayette County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Franklin	Ohio Probate Court of Franklin County	us:oh	trial	courts-db
Oh. Prob. Ct., Fulton	Fulton County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Geauga	Geauga County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Greene	Greene County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Hamilton	Hamilton County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Hancock	Hancock County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Hardin	Hardin County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Harrison	Harrison County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Henry	Henry County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Highland	Highland County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Huron	Huron County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Jackson	Jackson County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Jefferson	Jefferson County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Knox	Knox County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Lake	Lake County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Licking	Licking County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Lorain	Lorain County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Lucas	Lucas County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Madison	Madison County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Mahoning	Mahoning County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Marion	Marion County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Meigs	Meigs County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Mercer	Mercer County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Miami	Miami County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Montgomery	Montgomery County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Morgan	Morgan County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Muskingum	Muskingum County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Noble	Noble County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Perry	Perry County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Pike	Pike County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Portage	Portage County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Preble	Preble County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Putnam	Putnam County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Ross	Ross County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Sandusky	Sandusky County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Scioto	Scioto County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Seneca	Seneca County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Shelby	Shelby County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Stark	Stark County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Summit	Summit County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Trumbull	Trumbull County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Tuscarawas	Tuscarawas County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Union	Union County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Van Wert	Van Wert County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Warren	Warren County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Washington	Washington County Probate Court	us:oh	trial	courts-db
Oh. Prob. Ct., Wayne	Wayne County Probate Court	us:oh	trial	courts-db
Ohio	Ohio Supreme Court	us:oh	highest	jurism+courts-db
Ohio Circ. Ct., Ky.	Ohio Circuit Court, Kentucky	us:ky	trial	courts-db
Ohio Ct. App.	Ohio Court of Appeals	us:oh	intermediate	courts-db
Ohio Ct. App. 10th Dist.	Court Appeals	us:oh:d10	intermediate	jurism
Ohio Ct. App. 11th Dist.	Court Appeals	us:oh:d11	intermediate	jurism
Ohio Ct. App. 12th Dist.	Court Appeals	us:oh:d12	intermediate	jurism
Ohio Ct. App. 1st Dist.	Court Appeals	us:oh:d1	intermediate	jurism
Ohio Ct. App. 2d Dist.	Court Appeals	us:oh:d2	intermediate	jurism
Ohio Ct. App. 3d Dist.	Court Appeals	us:oh:d3	intermediate	jurism
Ohio Ct. App. 4th Dist.	Court Appeals	us:oh:d4	intermediate	jurism
Ohio Ct. App. 5th Dist.	Court Appeals	us:oh:d5	intermediate	jurism
Ohio Ct. App. 6th Dist.	Court Appeals	us:oh:d6	intermediate	jurism
Ohio Ct. App. 7th Dist.	Court Appeals	us:oh:d7	intermediate	jurism
Ohio Ct. App. 8th Dist.	Court Appeals	us:oh:d8	intermediate	jurism
Ohio Ct. App. 9th Dist.	Court Appeals	us:oh:d9	intermediate	jurism
Ohio Ct. Cl.	Ohio Court of Claims	us:oh	intermediate	courts-db
Okla.	Supreme Court of Oklahoma	us:ok	highest	jurism+courts-db
Okla. Att'y Gen.	Oklahoma Attorney General Reports	us:ok	agency	jurism
Okla. Att’y Gen.	Oklahoma Attorney General Reports	us:ok	agency	courts-db
Okla. Civ. App.	Court of Civil Appeals of Oklahoma	us:ok	intermediate	jurism+courts-db
Okla. Crim. App.	Court of Criminal Appeals of Oklahoma	us:ok	intermediate	jurism+courts-db
Okla. Ct. App. Ind. Terr.	Court Appeals Indian Territory	us:ok	intermediate	jurism
Okla. Ct. Jud.	Court on the Judiciary of Oklahoma	us:ok	special	jurism+courts-db
Okla. Jud. Eth. Adv. Pnl.	Oklahoma Judicial Ethics Advisory Panel	us:ok	intermediate	courts-db
Okla. Jud. Ethics Adv. Panel	Oklahoma Judicial Ethics Advisory Panel	us:ok	special	jurism
Oldham Circ. Ct., Ky.	Oldham Circuit Court, Kentucky	us:ky	trial	courts-db
Or.	Oregon Supreme Court	us:or	highest	jurism+courts-db
Or. Ct. App.	Court of Appeals of Oregon	us:or	intermediate	jurism+courts-db
Or. T.C.	Oregon Tax Court	us:or	intermediate	courts-db
Orange Cir. Ct.	Orange County Circuit Court	us:va	trial	courts-db
Orleans	District Court	us:orleans.d	trial	jurism
Owen Circ. Ct., Ky.	Owen Circuit Court, Kentucky	us:ky	trial	courts-db
Owsley Circ. Ct., Ky.	Owsley Circuit Court, Kentucky	us:ky	trial	courts-db
P.R. Tr. Sup.	Tribunal Supremo	us:pr	highest	jurism
P.T.A.B.	Patent Trial and Appeal Board	us	intermediate	courts-db
Pa.	Supreme Court of Pennsylvania	us:pa	highest	jurism+courts-db
Pa. Adm. Ct.	Pennsylvania Admirality Court	us:pa		courts-db
Pa. Arbitration Panels for Health Care	Pennsylvania Arbitration Panels for Health Care	us:pa		courts-db
Pa. Bd. Parole	Pennsylvania Board of Parole	us:pa		courts-db
Pa. Commw. Ct.	Commonwealth Court of Pennsylvania	us:pa	intermediate	jurism+courts-db
Pa. Ct. Jud. Disc.	Court of Judicial Discipline of Pennsylvania	us:pa	special	jurism
Pa. Ct. Reg. Wills	Pennsylvania Court Register of Wills	us:pa		courts-db
Pa. Dept. Ed.	Pennsylvania Department of Education	us:pa		courts-db
Pa. Dept. Just.	Pennsylvania Department of Justice	us:pa		courts-db
Pa. Dept. Pub. Wel.	Pennsylvania Department of Public Welfare	us:pa		courts-db
Pa. Env. Hearing Bd.	Pennsylvania Environmental Hearing Board	us:pa		courts-db
Pa. Juv. Ct.	Pennsylvania Juvenile Court	us:pa	trial	courts-db
Pa. Muni Ct.	Pennsylvania Municipal Court	us:pa	trial	courts-db
Pa. Super. Ct.	Superior Court of Pennsylvania	us:pa	trial	jurism+courts-db
Pa. office the Attorney General	Pennsylvania office of the Attorney General	us:pa		courts-db
Page Cir. Ct.	Page County Circuit Court	us:va	trial	courts-db
Passaic Cty. Cir. Ct., N.J.	Passaic County Circuit Court, N.J.	us:nj	intermediate	courts-db
Passaic Cty. Fam. Ct.	Passaic County Family Court	us:nj	trial	courts-db
Passaic Cty. Super. Ct.	Passaic County Superior Court	us:nj	trial	courts-db
Passaic Cty. Surr. Ct.	Passaic County Surrogate's Court	us:nj	trial	courts-db
Patrick Cir. Ct.	Patrick County Circuit Court	us:va	trial	courts-db
Pendleton Circ. Ct., Ky.	Pendleton Circuit Court, Kentucky	us:ky	trial	courts-db
Penn. Orphan Ct.	Pennsylvania Orphans' Court	us:pa	trial	courts-db
Perry Circ. Ct., Ky.	Perry Circuit Court, Kentucky	us:ky	trial	courts-db
Perry Cty. Ct. Cmn. Pleas	Perry County Court of Common Pleas	us:pa	trial	courts-db
Perry Cty. Ct. Oy. Term.	Perry County Court of Oyer and Terminer	us:pa	trial	courts-db
Perry Cty. Ct. Qtr. Sess.	Perry County Court of Quarter Sessions	us:pa	trial	courts-db
Perry Cty. Orphans' Ct.	Perry County Orphans' Court	us:pa	trial	courts-db
Petersburg Cir. Ct.	Petersburg County Circuit Court	us:va	trial	courts-db
Phila. Ct. N.P.	Philadelphia Court of Nisi Prius	us:pa		courts-db
Phila. Cty. Muni. Ct.	Philadelphia County Municipal Court	us:pa	trial	courts-db
Phila. Dept. Just.	Philadelphia Department of Justice	us:pa		courts-db
Phila. Elec. Ct.	Philadelphia Election Court	us:pa		courts-db
Phila. Mayor Ct.	Philadelphia Mayor's Court	us:pa		courts-db
Philadelphia Cty. Ct. Cmn. Pleas	Philadelphia County Court of Common Pleas	us:pa	trial	courts-db
Philadelphia Cty. Ct. Oy. Term.	Philadelphia County Court of Oyer and Terminer	us:pa	trial	courts-db
Philadelphia Cty. Ct. Qtr. Sess.	Philadelphia County Court of Quarter Sessions	us:pa	trial	courts-db
Philadelphia Cty. Orphans' Ct.	Philadelphia County Orphans' Court	us:pa	trial	courts-db
Pike Circ. Ct., Ky.	Pike Circuit Court, Kentucky	us:ky	trial	courts-db
Pike Cty. Ct. Cmn. Pleas	Pike County Court of Common Pleas	us:pa	trial	courts-db
Pike Cty. Ct. Qtr. Sess.	Pike County Court of Quarter Sessions	us:pa	trial	courts-db
Pike Cty. Orphans' Ct.	Pike County Orphans' Court	us:pa	trial	courts-db
Pike Superior Court	Pike Superior Court, Ga.	us:ga	trial	courts-db
Pittsylvania Cir. Ct.	Pittsylvania County Circuit Court	us:va	trial	courts-db
Placer Dist. Ct.	Placer District Court	us:ca	trial	courts-db
Polk Cty. Cir. Ct., O.R.	Polk County Circuit Court, Oregon	us:or	trial	courts-db
Portsmouth Cir. Ct.	Portsmouth County Circuit Court	us:va	trial	courts-db
Potter Cty. Ct. Cmn. Pleas	Potter County Court of Common Pleas	us:pa	trial	courts-db
Potter Cty. Ct. Qtr. Sess.	Potter County Court of Quarter Sessions	us:pa	trial	courts-db
Powell Circ. Ct., Ky.	Powell Circuit Court, Kentucky	us:ky	trial	courts-db
Powhatan Cir. Ct.	Powhatan County Circuit Court	us:va	trial	courts-db
Prince Edward Cir. Ct.	Prince Edward County Circuit Court	us:va	trial	courts-db
Prince George Cir. Ct.	Prince George County Circuit Court	us:va	trial	courts-db
Prince William Cir. Ct.	Prince William County Circuit Court	us:va	trial	courts-db
Pulaski Cir. Ct.	Pulaski County Circuit Court	us:va	trial	courts-db
Pulaski Circ. Ct., Ky.	Pulaski Circuit Court, Kentucky	us:ky	trial	courts-db
R.I.	Supreme Court of Rhode Island	us:ri	highest	jurism+courts-db
R.I. Super. Ct.	Superior Court of Rhode Island	us:ri	trial	jurism
Radford Cir. Ct.	Radford County Circuit Court	us:va	trial	courts-db
Randolph Cty. Super. Ct.	Randolph County Superior Court, Ga.	us:ga	trial	courts-db
Rappahannock Cir. Ct.	Rappahannock County Circuit Court	us:va	trial	courts-db
Recorder Philadelphia	Recorder of Philadelphia	us:pa		courts-db
Regl. Rail Reorg. Act	Special Court Regional Rail Reorganization Act of 1973	us	trial	courts-db
Reg’l Rail Reorg. Ct.	Special Court Regional Rail Reorganization Act	us:fed	special	jurism
Richmond City Cir. Ct.	Richmond City Circuit Court	us:va	trial	courts-db
Richmond County Cir. Ct.	Richmond County Circuit Court	us:va	trial	courts-db
Richmond Superior Court	Richmond Superior Court, Ga.	us:ga	trial	courts-db
Roanoke City Cir. Ct.	Roanoke City Circuit Court	us:va	trial	courts-db
Roanoke County Cir. Ct.	Roanoke County Circuit Court	us:va	trial	courts-db
Robertson Circ. Ct., Ky.	Robertson Circuit Court, Kentucky	us:ky	trial	courts-db
Rockbridge Cir. Ct.	Rockbridge County Circuit Court	us:va	trial	courts-db
Rockcastle Circ. Ct., Ky.	Rockcastle Circuit Court, Kentucky	us:ky	trial	courts-db
Rockingham Cir. Ct.	Rockingham County Circuit Court	us:va	trial	courts-db
Rowan Circ. Ct., Ky.	Rowan Circuit Court, Kentucky	us:ky	trial	courts-db
Russell Cir. Ct.	Russell County Circuit Court	us:va	trial	courts-db
Russell Circ. Ct., Ky.	Russell Circuit Court, Kentucky	us:ky	trial	courts-db
S.C.	Supreme Court of South Carolina	us:sc	highest	jurism+courts-db
S.C. Ct. App.	Court of Appeals of South Carolina	us:sc	intermediate	jurism+courts-db
S.D.	Supreme Court of South Dakota	us:sd	highest	jurism+courts-db
S.D. Ala.	United States District Court for the Southern District of Alabama	us:c11:al.sd	trial	jurism+courts-db
S.D. Cal.	United States District Court for the Southern District of California	us:c9:ca.sd	trial	jurism+courts-db
S.D. Fla.	United States District Court for the Southern District of Florida	us:c11:fl.sd	trial	jurism+courts-db
S.D. Ga.	United States District Court for the Southern District of Georgia	us:c11:ga.sd	trial	jurism+courts-db
S.D. Ill.	District Court, S.D. Illinois	us:c7:il.sd	trial	jurism+courts-db
S.D. Ind.	District Court, S.D. Indiana	us:c7:in.sd	trial	jurism+courts-db
S.D. Iowa	District Court, S.D. Iowa	us:c8:ia.sd	trial	jurism+courts-db
S.D. Miss.	District Court, S.D. Mississippi	us:c5:ms.sd	trial	jurism+courts-db
S.D. Mo.	District Court	us:c8:mo.sd	trial	jurism
S.D. Ohio	District Court, S.D. Ohio	us:c6:oh.sd	trial	jurism+courts-db
S.D. Tex.	District Court, S.D. Texas	us:c5:tx.sd	trial	jurism+courts-db
S.D.N.Y.	District Court, S.D. New York	us:c2:ny.sd	trial	jurism+courts-db
S.D.W. Va	District Court, S.D. West Virginia	us	trial	courts-db
S.D.W. Va.	District Court, S.D. West Virginia	us:c4:wv.sd	trial	jurism
S.F. Dist. Ct.	San Francisco District Court	us:ca	trial	courts-db
SCOTUS	Supreme Court of the United States	us	highest	courts-db
Sacramento Dist. Ct.	Sacramento District Court	us:ca	trial	courts-db
Salem Cir. Ct.	Salem County Circuit Court	us:va	trial	courts-db
Salem Cty. Cir. Ct., N.J.	Salem County Circuit Court, N.J.	us:nj	intermediate	courts-db
Salem Cty. Fam. Ct.	Salem County Family Court	us:nj	trial	courts-db
Salem Cty. Super. Ct.	Salem County Superior Court	us:nj	trial	courts-db
Salem Cty. Surr. Ct.	Salem County Surrogate's Court	us:nj	trial	courts-db
Santa Cruz Dist. Ct.	Santa Cruz District Court	us:ca	trial	courts-db
Schuylkill Cty. Ct. Cmn. Pleas	Schuylkill County Court of Common Pleas	us:pa	trial	courts-db
Schuylkill Cty. Ct. Oy. Term.	Schuylkill County Court of Oyer and Terminer	us:pa	trial	courts-db
Schuylkill Cty. Ct. Qtr. Sess.	Schuylkill County Court of Quarter Sessions	us:pa	trial	courts-db
Schuylkill Cty. Orphans' Ct.	Schuylkill County Orphans' Court	us:pa	trial	courts-db
Scott Cir. Ct.	Scott County Circuit Court	us:va	trial	courts-db
Scott Circ. Ct., Ky.	Scott Circuit Court, Kentucky	us:ky	trial	courts-db
Seriven Cty. Super. Ct.	Seriven County Superior Court, Ga.	us:ga	trial	courts-db
Shasta Dist. Ct.	Shasta District Court	us:ca	trial	courts-db
Shelby Circ. Ct., Ky.	Shelby Circuit Court, Kentucky	us:ky	trial	courts-db
Shenandoah Cir. Ct.	Shenandoah County Circuit Court	us:va	trial	courts-db
Sherman Cty. Cir. Ct., O.R.	Sherman County Circuit Court, Oregon	us:or	trial	courts-db
Simpson Circ. Ct., Ky.	Simpson Circuit Court, Kentucky	us:ky	trial	courts-db
Siskiyou Dist. Ct.	Siskiyou District Court	us:ca	trial	courts-db
Small Cl. Ct. Guam	Small Claims Court	us:gu	trial	jurism
Smyth Cir. Ct.	Smyth County Circuit Court	us:va	trial	courts-db
Snyder Cty. Ct. Cmn. Pleas	Snyder County Court of Common Pleas	us:pa	trial	courts-db
Snyder Cty. Ct. Qtr. Sess.	Snyder County Court of Quarter Sessions	us:pa	trial	courts-db
Snyder Cty. Orphans' Ct.	Snyder County Orphans' Court	us:pa	trial	courts-db
Somerset Cty. Cir. Ct., N.J.	Somerset County Circuit Court, N.J.	us:nj	intermediate	courts-db
Somerset Cty. Ct. Cmn. Pleas	Somerset County Court of Common Pleas	us:pa	trial	courts-db
Somerset Cty. Ct. Oy. & Term.	Somerset County Ct. Oyer & Terminer	us:pa	trial	courts-db
Somerset Cty. Ct. Qtr. Sess.	Somerset County Court of Quarter Sessions	us:pa	trial	courts-db
Somerset Cty. Fam. Ct.	Somerset County Family Court	us:nj	trial	courts-db
Somerset Cty. Orphans' Ct.	Somerset County Orphans' Court	us:pa	trial	courts-db
Somerset Cty. Super. Ct.	Somerset County Superior Court	us:nj	trial	courts-db
Somerset Cty. Surr. Ct.	Somerset County Surrogate's Court	us:nj	trial	courts-db
Southampton Cir. Ct.	Southampton County Circuit Court	us:va	trial	courts-db
Spec. Trib.	Special Tribunal	us:pa,us:tx.d	special	jurism
Spencer Circ. Ct., Ky.	Spencer Circuit Court, Kentucky	us:ky	trial	courts-db
Spotsylvania Cir. Ct.	Spotsylvania County Circuit Court	us:va	trial	courts-db
Stafford Cir. Ct.	Stafford County Circuit Court	us:va	trial	courts-db
Staunton Cir. Ct.	Staunton County Circuit Court	us:va	trial	courts-db
Suffolk Cir. Ct.	Suffolk County Circuit Court	us:va	trial	courts-db
Suffolk Mass. Super. Ct.	Massachusetts Superior Court, Suffolk County	us:ma	trial	courts-db
Sullivan Cty. Ct. Cmn. Pleas	Sullivan County Court of Common Pleas	us:pa	trial	courts-db
Sullivan Cty. Ct. Qtr. Sess.	Sullivan County Court of Quarter Sessions	us:pa	trial	courts-db
Sullivan Cty. Orphans' Ct.	Sullivan County Orphans' Court	us:pa	trial	courts-db
Sumter Cty. Super. Ct.	Sumter County Superior Court, Ga.	us:ga	trial	courts-db
Sunder Cty. Ct. Cmn. Pleas	Sunder County Court of Common Pleas	us:pa	trial	courts-db
Sup. Ct. D.C.	Superior Court of The District of Columbia	us	trial	courts-db
Sup. Ct. Guam	Supreme Court of Guam	us:gu	highest	jurism
Sup. Ct. N. Mar. I.	Supreme Court of The Commonwealth of The Northern Mariana Islands	us:mp	highest	jurism
Sup. Ct. N.C.	Superior Court of North Carolina	us:nc	intermediate	courts-db
Sup. Ct. R.I.	Superior Court of Rhode Island	us:ri	intermediate	courts-db
Super. Ct. Guam	Superior Court of Guam	us:gu	trial	jurism+courts-db
Super. Ct. La.	Superior Court of The State of Louisiana	us:la	trial	courts-db
Super. Ct. Me. Knox Cty.	Superior Court of Maine, Knox County	us:me	trial	courts-db
Super. Ct. S.D. Fla.	Superior Court, S. D. Florida	us	trial	courts-db
Surry Cir. Ct.	Surry County Circuit Court	us:va	trial	courts-db
Susquehanna Cty. Ct. Cmn. Pleas	Susquehanna County Court of Common Pleas	us:pa	trial	courts-db
Susquehanna Cty. Ct. Oy. Term.	Susquehanna County Court of Oyer and Terminer	us:pa	trial	courts-db
Susquehanna Cty. Ct. Qtr. Sess.	Susquehanna County Court of Quarter Sessions	us:pa	trial	courts-db
Susquehanna Cty. Orphans' Ct.	Susquehanna County Orphans' Court	us:pa	trial	courts-db
Sussex Cir. Ct.	Sussex County Circuit Court	us:va	trial	courts-db
Sussex Cty. Cir. Ct., N.J.	Sussex County Circuit Court, N.J.	us:nj	intermediate	courts-db
Sussex Cty. Fam. Ct.	Sussex County Family Court	us:nj	trial	courts-db
Sussex Cty. Super. Ct.	Sussex County Superior Court	us:nj	trial	courts-db
Sussex Cty. Surr. Ct.	Sussex County Surrogate's Court	us:nj	trial	courts-db
Synder Cty. Ct. Cmn. Pleas	Synder County Court of Common Pleas	us:pa	trial	courts-db
T.C.	Tax Court	us:az,us:fed,us:in,us:nj,us:or	special	jurism
T.T.A.B.	Trademark Trial and Appeal Board	us	intermediate	courts-db
Talbot Cty. Super. Ct.	Talbot County Superior Court, Ga.	us:ga	trial	courts-db
Talliaferro Cty. Super. Ct.	Talliaferro County Superior Court, Ga.	us:ga	trial	courts-db
Tax Ct.	United States Tax Court	us	intermediate	courts-db
Taylor Circ. Ct., Ky.	Taylor Circuit Court, Kentucky	us:ky	trial	courts-db
Tazewell Cir. Ct.	Tazewell County Circuit Court	us:va	trial	courts-db
Temp. Emer. Ct. App.	Temporary Emergency Court Appeals	us:fed	special	jurism
Temp. Emerg. Ct. App.	Temporary Emergency Court of Appeals	us	intermediate	courts-db
Tenn.	Tennessee Supreme Court	us:tn	highest	jurism+courts-db
Tenn. Crim. App.	Court of Criminal Appeals of Tennessee	us:tn	intermediate	jurism+courts-db
Tenn. Ct. App.	Court of Appeals of Tennessee	us:tn	intermediate	jurism+courts-db
Tenn. Ct. Work. Comp. Cl.	CWCC	us:tn	special	jurism
Tenn. Super. Ct. L. & Eq.	Superior Court Law Equity	us:tn	trial	jurism
Tenn. Work. Comp. App. Bd.	Tennessee Special Workers Compensation Appeals Panel	us:tn	agency	jurism+courts-db
Tex.	Texas Supreme Court	us:tx	highest	jurism+courts-db
Tex. App.	Court of Civil Appeals of Texas	us:tx	intermediate	courts-db
Tex. Att'y Gen.	Texas Attorney General Reports	us:tx	agency	jurism+courts-db
Tex. Bus. Ct.	Texas Business Court	us:tx	trial	courts-db
Tex. Comm'n App.	Texas Commission of Appeals	us:tx	highest	courts-db
Tex. Crim. App.	Court of Criminal Appeals of Texas	us:tx	intermediate	jurism+courts-db
Tex. Ct. App.	Court Appeals	us:tx	intermediate	jurism
Tex. J.P.M.L.	Texas Judicial Panel on Multidistrict Litigation	us:tx	intermediate	courts-db
Tex. Rev.	Texas Special Court of Review	us:tx	intermediate	courts-db
Tex. Rev. Trib.	Texas Court of Review Tribunal	us:tx	intermediate	courts-db
Tex. Spec. Ct. Rev.	Texas Special Court of Review	us:tx	special	jurism
Tillamook Cty. Cir. Ct., O.R.	Tillamook County Circuit Court, Oregon	us:or	trial	courts-db
Tioga Cty. Ct. Cmn. Pleas	Tioga County Court of Common Pleas	us:pa	trial	courts-db
Tioga Cty. Ct. Qtr. Sess.	Tioga County Court of Quarter Sessions	us:pa	trial	courts-db
Tioga Cty. Orphans' Ct.	Tioga County Orphans' Court	us:pa	trial	courts-db
Todd Circ. Ct., Ky.	Todd Circuit Court, Kentucky	us:ky	trial	courts-db
Trigg Circ. Ct., Ky.	Trigg Circuit Court, Kentucky	us:ky	trial	courts-db
Trimble Circ. Ct., Ky.	Trimble Circuit Court, Kentucky	us:ky	trial	courts-db
Trinity Dist. Ct.	Trinity District Court	us:ca	trial	courts-db
Troup Cty. Super. Ct.	Troup County Superior Court, Ga.	us:ga	trial	courts-db
U.S.	Supreme Court	us	highest	jurism
U.S. Cir. Ct.	United States Circuit Courts	us	intermediate	courts-db
U.S. Dist. Ct.	United States District Court	us	intermediate	courts-db
U.S.J.C.	United States Judicial Conference Committee To Review Circuit Council Conduct And Disability Orders	us	intermediate	courts-db
US Land Office	United States Land Office	us	special	courts-db
Umatilla Cty. Cir. Ct., O.R.	Umatilla County Circuit Court, Oregon	us:or	trial	courts-db
Union Circ. Ct., Ky.	Union Circuit Court, Kentucky	us:ky	trial	courts-db
Union Cty. Cir. Ct., N.J.	Union County Circuit Court, N.J.	us:nj	intermediate	courts-db
Union Cty. Cir. Ct., O.R.	Union County Circuit Court, Oregon	us:or	trial	courts-db
Union Cty. Ct. Cmn. Pleas	Union County Court of Common Pleas	us:pa	trial	courts-db
Union Cty. Ct. Qtr. Sess.	Union County Court of Quarter Sessions	us:pa	trial	courts-db
Union Cty. Fam. Ct.	Union County Family Court	us:nj	trial	courts-db
Union Cty. Orphans' Ct.	Union County Orphans' Court	us:pa	trial	courts-db
Union Cty. Super. Ct.	Union County Superior Court	us:nj	trial	courts-db
Union Cty. Surr. Ct.	Union County Surrogate's Court	us:nj	trial	courts-db
Utah	Utah Supreme Court	us:ut	highest	jurism+courts-db
Utah Ct. App.	Court of Appeals of Utah	us:ut	intermediate	jurism+courts-db
Va.	Supreme Court of Virginia	us:va	highest	jurism+courts-db
Va. Ct. App.	Court of Appeals of Virginia	us:va	intermediate	jurism+courts-db
Venango Cty. Ct. Cmn. Pleas	Venango County Court of Common Pleas	us:pa	trial	courts-db
Venango Cty. Ct. Oy. Term.	Venango County Court of Oyer and Terminer	us:pa	trial	courts-db
Venango Cty. Ct. Qtr. Sess.	Venango County Court of Quarter Sessions	us:pa	trial	courts-db
Venango Cty. Orphans' Ct.	Venango County Orphans' Court	us:pa	trial	courts-db
Vet. App.	United States Court of Veteran Appeals	us:c	special	jurism+courts-db
Virginia Beach Cir. Ct.	Virginia Beach County Circuit Court	us:va	trial	courts-db
Vt.	Supreme Court of Vermont	us:vt	highest	jurism+courts-db
Vt. Dist. Ct.	Vermont District Court	us:vt	trial	courts-db
Vt. Super. Ct.	Superior Court of Vermont	us:vt	trial	courts-db
W. Va.	West Virginia Supreme Court	us:wv	highest	jurism+courts-db
W. Va. Ct. Cl.	West Virginia Court of Claims	us:wv	trial	courts-db
W.D. Ark.	United States District Court for the Western District of Arkansas	us:c8:ar.wd	trial	jurism+courts-db
W.D. Ky.	District Court, W.D. Kentucky	us:c6:ky.wd	trial	jurism+courts-db
W.D. La.	District Court, W.D. Louisiana	us:c5:la.wd	trial	jurism+courts-db
W.D. Mich.	District Court, W.D. Michigan	us:c6:mi.wd	trial	jurism+courts-db
W.D. Mo.	District Court, W.D. Missouri	us:c8:mo.wd	trial	jurism+courts-db
W.D. Okla.	United States District Court, Oklahoma Western	us:c10:ok.wd	trial	jurism+courts-db
W.D. Pa.	District Court, W.D. Pennsylvania	us:c3:pa.wd	trial	jurism+courts-db
W.D. Tenn.	District Court, W.D. Tennessee	us:c6:tn.wd	trial	jurism+courts-db
W.D. Tex.	District Court, W.D. Texas	us:c5:tx.wd	trial	jurism+courts-db
W.D. Va.	District Court, W.D. Virginia	us:c4:va.wd	trial	jurism+courts-db
W.D. Wash.	District Court, W.D. Washington	us:c9:wa.wd	trial	jurism+courts-db
W.D. Wis.	District Court, W.D. Wisconsin	us:c7:wi.wd	trial	jurism+courts-db
W.D.N.C.	District Court, W.D. North Carolina	us:c4:nc.wd	trial	jurism+courts-db
W.D.N.Y.	District Court, W.D. New York	us:c2:ny.wd	trial	jurism+courts-db
W.D.S.C.	District Court, W.D. South Carolina	us:c4:sc.wd	trial	jurism+courts-db
Wallowa Cty. Cir. Ct., O.R.	Wallowa County Circuit Court, Oregon	us:or	trial	courts-db
Walton Cty. Super. Ct.	Walton County Superior Court, Ga.	us:ga	trial	courts-db
Warren Cir. Ct.	Warren County Circuit Court	us:va	trial	courts-db
Warren Circ. Ct., Ky.	Warren Circuit Court, Kentucky	us:ky	trial	courts-db
Warren Cty. Cir. Ct., N.J.	Warren County Circuit Court, N.J.	us:nj	intermediate	courts-db
Warren Cty. Ct. Cmn. Pleas	Warren County Court of Common Pleas	us:pa	trial	courts-db
Warren Cty. Ct. Qtr. Sess.	Warren County Court of Quarter Sessions	us:pa	trial	courts-db
Warren Cty. Fam. Ct.	Warren County Family Court	us:nj	trial	courts-db
Warren Cty. Orphans' Ct.	Warren County Orphans' Court	us:pa	trial	courts-db
Warren Cty. Super. Ct.	Warren County Superior Court	us:nj	trial	courts-db
Warren Cty. Surr. Ct.	Warren County Surrogate's Court	us:nj	trial	courts-db
Wasco Cty. Cir. Ct., O.R.	Wasco County Circuit Court, Oregon	us:or	trial	courts-db
Wash.	Washington Supreme Court	us:wa	trial	jurism+courts-db
Wash. Att'y Gen.	Washington Attorney General Reports	us:wa	agency	jurism+courts-db
Wash. Ct. App.	Court of Appeals of Washington	us:wa	intermediate	jurism+courts-db
Washington Cir. Ct.	Washington County Circuit Court	us:va	trial	courts-db
Washington Circ. Ct., Ky.	Washington Circuit Court, Kentucky	us:ky	trial	courts-db
Washington Cty. Cir. Ct., O.R.	Washington County Circuit Court, Oregon	us:or	trial	courts-db
Washington Cty. Ct. Cmn. Pleas	Washington County Court of Common Pleas	us:pa	trial	courts-db
Washington Cty. Ct. Qtr. Sess.	Washington County Court of Quarter Sessions	us:pa	trial	courts-db
Washington Cty. Orphans' Ct.	Washington County Orphans' Court	us:pa	trial	courts-db
Washington Cty. Super. Ct.	Washington County Superior Court, Ga.	us:ga	trial	courts-db
Wayne Circ. Ct., Ky.	Wayne Circuit Court, Kentucky	us:ky	trial	courts-db
Wayne Cty. Ct. Cmn. Pleas	Wayne County Court of Common Pleas	us:pa	trial	courts-db
Wayne Cty. Ct. Qtr. Sess.	Wayne County Court of Quarter Sessions	us:pa	trial	courts-db
Wayne Cty. Orphans' Ct.	Wayne County Orphans' Court	us:pa	trial	courts-db
Waynesboro Cir. Ct.	Waynesboro County Circuit Court	us:va	trial	courts-db
Webster Circ. Ct., Ky.	Webster Circuit Court, Kentucky	us:ky	trial	courts-db
Westmorel Cty. Ct. Oy. Term.	Westmoreland County Court of Oyer and Terminer	us:pa	trial	courts-db
Westmorel Cty. Orphans' Ct.	Westmoreland County Orphans' Court	us:pa	trial	courts-db
Westmoreland Cir. Ct.	Westmoreland County Circuit Court	us:va	trial	courts-db
Westmoreland Cty. Ct. Cmn. Pleas	Westmoreland County Court of Common Pleas	us:pa	trial	courts-db
Westmoreland Cty. Ct. Qtr. Sess.	Westmoreland County Court of Quarter Sessions	us:pa	trial	courts-db
Wheeler Cty. Cir. Ct., O.R.	Wheeler County Circuit Court, Oregon	us:or	trial	courts-db
Whitley Circ. Ct., Ky.	Whitley Circuit Court, Kentucky	us:ky	trial	courts-db
Wilkes Cty. Super. Ct.	Wilkes County Superior Court, Ga.	us:ga	trial	courts-db
Williamsburg and James Cir. Ct.	Williamsburg and James County Circuit Court	us:va	trial	courts-db
Winchester Cir. Ct.	Winchester County Circuit Court	us:va	trial	courts-db
Wis.	Wisconsin Supreme Court	us:wi	highest	jurism+courts-db
Wis. Att'y Gen.	Wisconsin Attorney General Reports	us:wi	agency	jurism+courts-db
Wis. Ct. App.	Court of Appeals of Wisconsin	us:wi	intermediate	jurism+courts-db
Wise Norton Cir. Ct.	Wise & Norton County Circuit Court	us:va	trial	courts-db
Wolfe Circ. Ct., Ky.	Wolfe Circuit Court, Kentucky	us:ky	trial	courts-db
Woodford Circ. Ct., Ky.	Woodford Circuit Court, Kentucky	us:ky	trial	courts-db
Worcester Mass. Super. Ct.	Massachusetts Superior Court, Worcester County	us:ma	trial	courts-db
Workers' Comp. Comm'n	Arkansas Workers' Compensation Commission	us:ar	agency	jurism
Wycoming Cty. Ct. Cmn. Pleas	Wycoming County Court of Common Pleas	us:pa	trial	courts-db
Wyo.	Wyoming Supreme Court	us:wy	highest	jurism+courts-db
Wyoming Cty. Ct. Cmn. Pleas	Wyoming County Court of Common Pleas	us:pa	trial	courts-db
Wyoming Cty. Ct. Qtr. Sess.	Wyoming County Court of Quarter Sessions	us:pa	trial	courts-db
Wyoming Cty. Orphans' Ct.	Wyoming County Orphans' Court	us:pa	trial	courts-db
Wythe Cir. Ct.	Wythe County Circuit Court	us:va	trial	courts-db
Yamhill Cty. Cir. Ct., O.R.	Yamhill County Circuit Court, Oregon	us:or	trial	courts-db
York County & Poquoson Cir. Ct.	York County Poquoson County Circuit Court	us:va	trial	courts-db
York Cty. Ct. Cmn. Pleas	York County Court of Common Pleas	us:pa	trial	courts-db
York Cty. Ct. Oy. Term.	York County Court of Oyer and Terminer	us:pa	trial	courts-db
York Cty. Ct. Qtr. Sess.	York County Court of Quarter Sessions	us:pa	trial	courts-db
York Cty. Orphans' Ct.	York County Orphans' Court	us:pa	trial	courts-db
Yreka Dist. Ct.	Yreka District Court	us:ca	trial	courts-db
Yuba Dist. Ct.	Yuba District Court	us:ca	trial	courts-db
"""#

    /// Grammars/data/history_phrases.tsv (54 rows).
    static let historyPhrases: String = #"""
acq.	acq.
acq. in result	acq. in result
aff'd	aff'd
aff'd by an equally divided court	aff'd by an equally divided court
aff'd mem.	aff'd mem.
aff'd on other grounds	aff'd on other grounds
aff'd on reh'g	aff'd on reh'g
aff'g	aff'g
aff’d	aff'd
aff’d by an equally divided court	aff'd by an equally divided court
aff’d mem.	aff'd mem.
aff’d on other grounds	aff'd on other grounds
aff’d on reh’g	aff'd on reh'g
aff’g	aff'g
amended by	amended by
appeal denied	appeal denied
appeal dismissed	appeal dismissed
appeal docketed	appeal docketed
appeal filed	appeal filed
argued	argued
cert. denied	cert. denied
cert. dismissed	cert. dismissed
cert. granted	cert. granted
certifying questions to	certifying questions to
denying cert. to	denying cert. to
dismissing appeal from	dismissing appeal from
enforced	enforced
enforcing	enforcing
invalidated by	invalidated by
mandamus denied	mandamus denied
modified	modified
modifying	modifying
nonacq.	nonacq.
overruled by	overruled by
perm. app. denied	perm. app. denied
perm. app. granted	perm. app. granted
petition for cert. filed	petition for cert. filed
prob. Juris. noted	prob. juris. noted
prob. juris. noted	prob. juris. noted
reh'g denied	reh'g denied
reh'g granted	reh'g granted
reh’g denied	reh'g denied
reh’g granted	reh'g granted
rev'd	rev'd
rev'd on other grounds	rev'd on other grounds
rev'd per curiam	rev'd per curiam
rev'g	rev'g
rev’d	rev'd
rev’d on other grounds	rev'd on other grounds
rev’d per curiam	rev'd per curiam
rev’g	rev'g
vacated	vacated
vacating as moot	vacating as moot
withdrawn	withdrawn
"""#

    /// Grammars/data/history_supplement.tsv (76 rows).
    static let historySupplement: String = #"""
report and recommendation adopted	report and recommendation adopted
report and recommendation adopted in part	report and recommendation adopted in part
adopted	adopted
aff'd in part, rev'd in part	aff'd in part, rev'd in part
aff'd in part and rev'd in part	aff'd in part, rev'd in part
aff'd in part	aff'd in part
rev'd in part	rev'd in part
vacated and remanded	vacated and remanded
vacated in part	vacated in part
superseded by statute	superseded by statute
abrogated by	abrogated by
abrogated on other grounds by	abrogated on other grounds by
overruled on other grounds by	overruled on other grounds by
cert. denied sub nom.	cert. denied sub nom.
leave to appeal denied	leave to appeal denied
appeal after remand	appeal after remand
on remand	on remand
lv. den.	leave denied
lv. den. sub. nom.	leave denied sub nom.
lv. den. sub nom.	leave denied sub nom.
lv. denied	leave denied
lv. granted	leave granted
lv. dismissed	leave dismissed
lv den	leave denied
lv granted	leave granted
leave denied	leave denied
leave granted	leave granted
sub nom.	sub nom.
review denied	review denied
review granted	review granted
review dismissed	review dismissed
pet. for review denied	petition for review denied
trans. denied	transfer denied
trans. granted	transfer granted
transfer denied	transfer denied
affd.	aff'd
affg.	aff'g
revd.	rev'd
revg.	rev'g
affd. in part and revd. in part	aff'd in part, rev'd in part
aff'd as modified	aff'd as modified
modified on other grounds	modified on other grounds
certif. denied	certification denied
certif. granted	certification granted
certification denied	certification denied
certification granted	certification granted
disc. review denied	discretionary review denied
disc. rev. denied	discretionary review denied
disc. review allowed	discretionary review allowed
appeal discontinued	appeal discontinued
appeal withdrawn	appeal withdrawn
disapproved on other grounds	disapproved on other grounds
abrogated on other grounds	abrogated on other grounds
writ denied	writ denied
writ granted	writ granted
writs denied	writs denied
writ not considered	writ not considered
writ denied in part	writ denied in part
affirmed	aff'd
affirmed on other grounds	aff'd on other grounds
affirmed in part	aff'd in part
reversed	rev'd
reversed on other grounds	rev'd on other grounds
allowance of appeal denied	allowance of appeal denied
allowance of appeal granted	allowance of appeal granted
petition for allowance of appeal denied	allowance of appeal denied
allocatur denied	allocatur denied
appeal granted	appeal granted
recommendation adopted	recommendation adopted
report and recommendation adopted in relevant part	report and recommendation adopted in relevant part
report and recommendation adopted as modified	report and recommendation adopted as modified
report and recommendation accepted	report and recommendation accepted
report and recommendation accepted in part	report and recommendation accepted in part
report and recommendation accepted in relevant part	report and recommendation accepted in relevant part
reconsideration denied	reconsideration denied
reconsideration granted	reconsideration granted
"""#

    /// Grammars/data/journals.tsv (1077 rows).
    static let journals: String = #"""
A.B.A. J.	ABA Journal
A.F. L. Rev.	Air Force Law Review
A.F.T.R.2d	american federal tax reports second series
A.L.I.	american law institute
A.L.R. .	american law reports
AIDS L. & Litig. Rep.	AIDS Law & Litigation Reporter
AIPLA Q.J.	American Intellectual Property Law Association Quarterly
Adel. L. Rev.	Adelaide Law Review
Admin. L. Rev.	Administrative Law Review
Admin. L. Rev. Am. U.	Administrative Law Review of American University
Admin. L.3d	Administrative Law Third Series for Federal Contractors
Aff. Action Compl. Man.	Affirmative Action Compliance Manual for Federal Contractors
Akron L. Rev.	Akron Law Review
Akron Tax J.	Akron Tax Journal
Ala. L. Rev.	Alabama Law Review
Alaska L. Rev.	Alaska Law Review
Alb. L. Rev.	Albany Law Review
Alb. L.J. Sci. & Tech.	Albany Law Journal of Science and Technology
All St. Tax Guide	All States Tax Guide
Am. B. Found. Res. J.	American Bar Foundation Research Journal
Am. Bankr. Inst. L. Rev.	American Bankruptcy Institute Law Review
Am. Bankr. L.J.	American Bankruptcy Law Journal
Am. Bus. L.J.	American Business Law Journal
Am. Crim. L. Rev.	American Criminal Law Review
Am. I. Int'l L.	American Journal of International Law
Am. I. Int’l L.	American Journal of International Law
Am. Indian L. Rev.	American Indian Law Review
Am. J. Comp. L.	American Journal of Comparative Law
Am. J. Crim. L.	American Journal of Criminal Law
Am. J. Juris.	American Journal of Jurisprudence
Am. J. Legal Hist.	American Journal of Legal History
Am. J. Trial Advoc.	American Journal of Trial Advocacy
Am. J.L. & Med.	American Journal of Law & Medicine
Am. Rev. Int'l Arb.	American Review of International Arbitration
Am. Rev. Int’l Arb.	American Review of International Arbitration
Am. Soc'y Int'l L. Proc.	American Society of International Law Proceedings
Am. Stock Ex. Guide	American Stock Exchange Guide
Am. U. Int'l L. Rev.	American University International Law Review
Am. U. Int’l L. Rev.	American University International Law Review
Am. U. J. Gender Soc. Pol'y & L.	American University Journal of Gender, Social Policy and the Law
Am. U. J. Gender Soc. Pol’y & L.	American University Journal of Gender, Social Policy and the Law
Am. U. L. Rev.	American University Law Review
Anglo-Am. L. Rev.	Anglo-American Law Review
Animal L.	animal law
Ann. Rev. Banking & Fin. L.	Annual Review of Banking & Financial law
Ann. Rev. Banking L.	Annual Review of Banking Law
Ann. Surv. Am. L.	Annual Survey of American Law
Ann. Surv. Int'l & Comp. L.	Annual Survey of International and Comparative Law
Ann. Surv. Int’l & Comp. L.	Annual Survey of International and Comparative Law
Annals Am. Acad. Pol. & Soc. Sci.	Annals of the American Academy of Political and Social Science
Annals Health L.	Annals of Health Law
Antitrust & Trade Reg. Rep.	Antitrust & Trade Regulation Report
Ariz. J. Int'l & Comp. L.	Arizona Journal of International and Comparative Law
Ariz. J. Int’l & Comp. L.	Arizona Journal of International and Comparative Law
Ariz. L. Rev.	Arizona Law Review
Ariz. St. L.J.	Arizona State Law Journal
Ark. L. Notes	Arkansas Law Notes
Ark. L. Rev.	Arkansas Law Review
Army Law.	Army Lawyer
Asian Am. L.J.	Asian American Law Journal
Asian Pac. Am. L.J.	Asian Pacific American Law Journal
Asian-Pac. L. & Pol'y J.	Asian-Pacific Law and Policy Journal
Asian-Pac. L. & Pol’y J.	Asian-Pacific Law and Policy Journal
Auckland U. L. Rev.	Auckland University Law Review
Av. Cas. (CCH)	aviation cases
Av. L. Rep.	Aviation Law Reporter
Ave Maria L. Rev.	Ave Maria Law Review
B. Examiner	The Bar Examiner
B.C. Envtl. Aff. L. Rev.	Boston College Environmental Affairs Law Review
B.C. Int'l & Comp. L. Rev.	Boston College International and Comparative Law Review
B.C. Int’l & Comp. L. Rev.	Boston College International and Comparative Law Review
B.C. L. Rev.	Boston College Law Review
B.C. Third World L.J.	Boston College Third World Law Journal
B.C.A. (CCH)	board of contract appeals decisions
B.U. Int'l L.J.	Boston University International Law Journal
B.U. Int’l L.J.	Boston University International Law Journal
B.U. J. Sci. & Tech. L.	Boston University Journal of Science & Technology Law
B.U. L. Rev.	Boston University Law Review
B.U. Pub. Int. L.J.	Boston University Public Interest Law Journal
BYU Educ. & L.J.	Brigham Young University Education and Law Journal
BYU J. Pub. L.	Brigham Young University Journal of Public Law
BYU L. Rev.	Brigham Young University Law Review
Banking Rep. (BNA)	bna‘s banking report
Bankr. Ct. Dec. (LRP)	bankruptcy court decisions
Bankr. Dev. J.	Bankruptcy Developments Journal
Bankr. L. Rep. (CCH)	bankruptcy law reports
Baylor L. Rev.	Baylor Law Review
Behav. Sci. & L.	Behavioral Sciences and the Law
Ben. Rev. Bd. Serv. (MB)	benefits review board service
Berkeley J. Afr.-Am. L. & Pol'y	Berkeley Journal of African-American Law & Policy
Berkeley J. Afr.-Am. L. & Pol’y	Berkeley Journal of African-American Law & Policy
Berkeley J. Emp. & Lab. L.	Berkeley Journal of Employment and Labor Law
Berkeley J. Int'l L.	Berkeley Journal of International Law
Berkeley J. Int’l L.	Berkeley Journal of International Law
Berkeley Tech. L.J.	Berkeley Technology Law Journal
Berkeley Women's L.J.	Berkeley Women's Law Journal
Berkeley Women’s L.J.	Berkeley Women's Law Journal
BioLaw (LexisNexis)	BioLaw
Blue Sky L. Rep. (CCH)	blue sky law reports
Brandeis L.J.	Brandeis Law Journal
Briefcase	Briefcase
Brook. J. Int'l L.	Brooklyn Journal of International Law
Brook. J. Int’l L.	Brooklyn Journal of International Law
Brook. L. Rev.	Brooklyn Law Review
Buff. Crim. L. Rev.	Buffalo Criminal Law Review
Buff. Envtl. L.J.	Buffalo Environmental Law Journal
Buff. Hum. Rts. L. Rev.	Buffalo Human Rights Law Review
Buff. L. Rev.	Buffalo Law Review
Buff. Pub. Int. L.J.	Buffalo Public Interest Law Journal
Buff. Women's L.J.	Buffalo Women's Law Journal
Buff. Women’s L.J.	Buffalo Women's Law Journal
Bus. Franchise Guide (CCH)	business franchise guide
Bus. L.J.	Business Law Journal
Bus. Law.	business lawyer
Bus. Wk.	business week
C.L.U.	chartered life underwriters
Cal. Bankr. J.	California Bankruptcy Journal
Cal. Crim. L. Rev.	California Criminal Law Review
Cal. L. Rev.	Southern California Law Review &
Cal. Reg. L. Rep.	California Regulatory Law Reporter
Cal. St. B.J.	California State Bar Journal
Cal. W. Int'l L.J.	California Western International Law Journal
Cal. W. Int’l L.J.	California Western International Law Journal
Cal. W. L. Rev.	California Western Law Review
Calif. L. Rev.	California Law Review
Cambridge L.J.	Cambridge Law Journal
Campbell L. Rev.	Campbell Law Review
Can. Com. L. Guide (CCH)	canadian commercial law guide
Can. Tax Rep. (CCH)	canadian tax reports
Can.-U.S. L.J.	Canada-United States Law Journal
Cap. Def. Dig.	Capital Defense Digest
Cap. Def. J.	Capital Defense Journal
Cap. U. L. Rev.	Capital University Law Review
Cardozo Arts & Ent. L.J.	Cardozo Arts & Entertainment Law Journal
Cardozo J. Conflict Resol.	Cardozo Journal of Conflict Resolution
Cardozo J. lnt'l & Comp. L.	Cardozo Journal of International and Comparative Law
Cardozo J. lnt’l & Comp. L.	Cardozo Journal of International and Comparative Law
Cardozo L. Rev.	Cardozo Law Review
Cardozo Online J. Conflict Resol.	Cardozo Online Journal of Conflict Resolution
Cardozo Women's L.J.	Cardozo Women's Law Journal
Cardozo Women’s L.J.	Cardozo Women's Law Journal
Carolina Alumni Rev.	Carolina Alumni Review
Case & Comment	case comment
Case W. Res. J. Int'l L.	Case Western Reserve Journal of International Law
Case W. Res. J. Int’l L.	Case Western Reserve Journal of International Law
Case W. Res. L. Rev.	Case Western Reserve Law Review
Cath. Law.	Catholic Lawyer
Cath. U. L. Rev.	Catholic University Law Review
Chap. L. Rev.	Chapman Law Review
Chem. Reg. Rep. (BNA)	chemical regulation reporter
Chi. J. Int'l L.	Chicago Journal of International Law
Chi. J. Int’l L.	Chicago Journal of International Law
Chi. Trib.	chicago tribune
Chi.-Kent L. Rev.	Chicago-Kent Law Review
Chicago Bd. Options Ex. (CCH)	chicago board options exchange
Chicano-Latino L. Rev.	Chicano-Latino Law Review
Child. Legal Rts. J.	Children's Legal Rights Journal
Chron. Higher Educ.	Chronicle of Higher Education
Clearinghouse Rev.	Clearinghouse Review
Clev. St. L. Rev.	Cleveland State Law Review
Clev.-Marshall L. Rev.	Cleveland-Marshall Law Review
Clinical L. Rev.	Clinical Law Review
Collective Bargaining Negot. & Cont. (BNA)	collective bargaining negotiations contracts
Collier Bankr. Cas. 2d (MB)	collier bankruptcy cases second series
Colo. J. Int'l Envtl. L. & Pol'y	Colorado Journal of International Environmental Law and Policy
Colo. J. Int’l Envtl. L. & Pol’y	Colorado Journal of International Environmental Law and Policy
Colo. Law.	Colorado Lawyer
Colum. Bus. L. Rev.	Columbia Business Law Review
Colum. Hum. Rts. L. Rev.	Columbia Human Rights Law Review
Colum. J. Asian L.	Columbia Journal of Asian Law
Colum. J. E. Eur. L.	Columbia Journal of East European Law
Colum. J. Envtl. L.	Columbia Journal of Environmental law
Colum. J. Gender & L.	Columbia Journal of Gender and Law
Colum. J. Of Eur. L.	Columbia Journal of European Law
Colum. J. Transnat'l L.	Columbia Journal of Transnational Law
Colum. J. Transnat’l L.	Columbia Journal of Transnational Law
Colum. J.L. & Arts	Columbia Journal of Law & the Arts
Colum. J.L. & Soc. Probs.	Columbia Journal of Law and Social Problems
Colum. L. Rev.	Columbia Law Review
Colum. Sci. & Tech. L. Rev.	Columbia Science and Technology Law Review
Colum.-VLA J.L. & Arts	Columbia-VLA journal of Law & the Arts
Comm. Fut. L. Rep. (CCH)	commodity futures law reports
CommLaw Conspectus	CommLaw Conspectus: Journal of Communications Law & Policy
Commc'ns Reg. (P & F)	communications regulation
Commc’ns Reg. (P & F)	communications regulation
Common Mkt. L. Rev.	Common Market Law Review
Comp. Lab. L. & Pol'y J.	Comparative Labor Law & Policy journal
Comp. Lab. L. & Pol’y J.	Comparative Labor Law & Policy journal
Comp. Lab. L.J.	Comparative Labor Law Journal
Computer L. Rev. & Tech J.	Computer Law Review & Technology Journal
Computer/L.J.	Computer/Law Journal
Cong. Dig.	Congressional Digest
Cong. Index(CCH)	congressional index
Conn. Ins. L.J.	Connecticut Insurance Law Journal
Conn. J. Int'l L.	Connecticut Journal of International Law
Conn. J. Int’l L.	Connecticut Journal of International Law
Conn. L. Rev.	Connecticut Law Review
Conn. Prob. L.J.	Connecticut Probate Law Journal
Const. Comment.	Constitutional Commentary
Consumer Cred. Guide (CCH)	consumer credit guide
Consumer Fin. L. Q. Rep.	Consumer Finance Law Quarterly Report
Consumer Prod. Safety Guide (CCH)	consumer product safety guide
Cont. App. Dec. (CCH)	contract appeals decisions
Cont. Cas. Fed. (CCH)	contracts cases federal
Conv. & Prop. Law. (n.s.)	Conveyancer and Property Lawyer (new series)
Copyright L. Dec. (CCH)	copyright law decisions
Copyright L. Rep. (CCH)	copyright law reporter
Copyright L. Symp. (ASCAP)	Copyright Law Symposium (American Society of Composers, Authors, & Publishers
Cornell Int'l L.J.	Cornell International Law Journal
Cornell Int’l L.J.	Cornell International Law Journal
Cornell J.L. & Pub. Pol'y	Cornell Journal of Law and Public Policy
Cornell J.L. & Pub. Pol’y	Cornell Journal of Law and Public Policy
Cornell L. Rev.	Cornell Law Review
Corp. Tax'n	Corporate Taxation
Cost Accounting Stand. Guide (CCH)	cost accounting standards guide
Creighton L. Rev.	Creighton Law Review
Crim. Just.	Criminal Justice
Crim. Just. Ethics	Criminal Justice Ethics
Crim. L. Bull.	Criminal Law Bulletin
Crim. L. Rep. (BNA)	criminal law reporter
Crim. L. Rev.	Criminal Law Review
Crim. L.F.	Criminal Law Forum
Crime, L. & Soc. Change	Crime, Law and Social Change
Cumb. L. Rev.	Cumberland Law Review
Current Med. for Att'ys	Current Medicine for Attorneys
Current Med. for Att’ys	Current Medicine for Attorneys
Currents: Int'l Trad L.J.	Currents: The International Trade Law Journal
Currents: Int’l Trad L.J.	Currents: The International Trade Law Journal
D.C. L. Rev.	District of Columbia Law Review
Daily Lab. Rep. (BNA)	daily labor report
Dalhousie L.J.	Dalhousie Law Journal
DePaul Bus. & Com. L.J.	DePaul Business & Commercial Law Journal
DePaul Bus. L.J.	DePaul Business Law Journal
DePaul J. Health Care L.	DePaul Journal of Health Care Law
DePaul L. Rev.	DePaul Law Review
Def. Couns. J.	Defense Counsel Journal
Del. J. Corp. L.	Delaware Journal of Corporate Law
Del. L. Rev.	Delaware Law Review
Denv. J. Int'l L. & Pol'y	Denver Journal of International Law and Policy
Denv. J. Int’l L. & Pol’y	Denver Journal of International Law and Policy
Denv. U. L. Rev.	Denver University Law Review
Dep't St. Bull.	Department of State Bulletin
Depaul-LCA J. Art & Ent. L. & Pol'y	DePaul-LCA Journal of Art and Entertainment Law and Policy
Depaul-LCA J. Art & Ent. L. & Pol’y	DePaul-LCA Journal of Art and Entertainment Law and Policy
Dep’t St. Bull.	Department of State Bulletin
Dick. Int'l L. Ann.	Dickinson International Law Annual
Dick. Int’l L. Ann.	Dickinson International Law Annual
Dick. L. Rev.	Dickinson Law Review
Digest	The Digest: The National Italian-American Bar Ass'n Law Journal
Dominion Tax Cas. (CCH)	dominion tax cases
Drake J. Agric. L.	Drake Journal of Agricultural Law
Drake L. Rev.	Drake Law Review
Drexel L. Rev.	Drexel Law Review
Duke J. Comp. & Int'l L.	Duke Journal of Comparative & International Law
Duke J. Comp. & Int’l L.	Duke Journal of Comparative & International Law
Duke J. Const. L. & Pub. Pol'y	Duke Journal of Constitutional Law & Public Policy
Duke J. Gender L. & Pol'y	Duke Journal of Gender Law & Policy
Duke J. Gender L. & Pol’y	Duke Journal of Gender Law & Policy
Duke L.J.	Duke Law Journal
Duq. Bus. L.J.	Duquesne Business Law Journal
Duq. L. Rev.	Duquesne Law Review
Dydke Envtl. L. & Pol'y F.	Duke Environmental Law & Policy Forum
Dydke Envtl. L. & Pol’y F.	Duke Environmental Law & Policy Forum
EEOC Compl. Man. (CCH)	eeoc compliance manual
Ecology L.Q.	Ecology Law Quarterly
Economist	The Economist
Elder L.J.	Elder Law Journal
Emory Bankr. Dev. J.	Emory Bankruptcy Developments Journal
Emory Int'l L. Rev.	Emory International Law Review
Emory Int’l L. Rev.	Emory International Law Review
Emory L.J.	Emory Law Journal
Emp. Rts. & Emp. Pol'y J.	Employee Rights and Employment Policy Journal
Emp. Rts. & Emp. Pol’y J.	Employee Rights and Employment Policy Journal
Empl. Benefits Cas. (BNA)	employee benefits cases
Empl. Coordinator (RIA)	employee benefits compliance coordinator
Empl. Prac. Dec. (CCH)	employment practices decisions
Empl. Safety & Health Guide (CCH)	employment safety health guide
Empl. Testing (Univ. Pub. Am.)	Employment Testing: Law & Policy Reporter
Energy L.J.	Energy Law Journal
Energy Mgmt. (CCH)	energy management federal energy guidelines
Env't Rep. (BNA)	environment reporter
Env't Rep. Cas. (BNA)	environment reporter cases
Envtl. L.	Environmental Law
Envtl. L. Rep. (Envtl. Law Inst.)	environmental law reporter
Envtl. Law.	Environmental Lawyer
Env’t Rep. (BNA)	environment reporter
Env’t Rep. Cas. (BNA)	environment reporter cases
Est. Plan.	Estate Planning
Eur. H.R. Rep.	European Human Rights Reports
Exempt Org. Rep. (CCH)	exempt organizations reports
F.B.I.S.	Foreign Broadcast Information Service
FIU L. Rev.	Florida International University Law Review
Fair Empl. Prac. Cas. (BNA)	fair employment practice cases
Fam. & Conciliation Cts. Rev.	Family and Conciliation Courts Review
Fam. Ct. Rev.	Family Court Review
Fam. L. Rep. (BNA)	family law reporter
Fam. L. Tax Guide (CCH)	family law tax guide
Fam. L.Q.	Family Law Quarterly
Fed. Audit Guide (CCH)	federal audit guides
Fed. Banking L. Rep. (CCH)	federal banking law reporter
Fed. Carr. Cas. (CCH)	federal carriers cases
Fed. Carr. Rep. (CCH)	federal carriers reports
Fed. Cir. B.J.	Federal Circuit Bar Journal
Fed. Comm. L.J.	Federal Communications Law Journal
Fed. Cont. Rep. (BNA)	federal contracts report
Fed. Election Camp. Fin. Guide (CCH)	federal election campaign financing guide
Fed. Energy Reg. Comm'n Rep. (CCH)	federal energy regulatory commission reports
Fed. Energy Reg. Comm’n Rep. (CCH)	federal energy regulatory commission reports
Fed. Est. & Gift Tax Rep. (CCH)	federal estate gift tax reporter
Fed. Ex. Tax Rep. (CCH)	federal excise tax reports
Fed. Inc. Gift & Est. Tax'n (MB)	federal income gift estate taxation
Fed. Inc. Gift & Est. Tax’n (MB)	federal income gift estate taxation
Fed. Probation	Federal Probation
Fed. R. Serv. 2d (West)	federal rules service second series
Fed. Sec. L. Rep. (CCH)	federal securities law reports
Fed. Sent'g Rep.	Federal Sentencing Reporter
Fed. Sent’g Rep.	Federal Sentencing Reporter
Fed. Tax Coordinator Second Series (RIA)	federal tax coordinator second
Fed. Tax Guide Rep. (CCH)	federal tax guide reports
Fla. B.J.	Florida Bar Journal
Fla. J. Int'l L.	Florida Journal of International Law
Fla. J. Int’l L.	Florida Journal of International Law
Fla. L. Rev.	Florida Law Review
Fla. St. J. Transnat'l L. & Pol'y	Florida State Journal of Transnational Law & Policy
Fla. St. J. Transnat’l L. & Pol’y	Florida State Journal of Transnational Law & Policy
Fla. St. U. L. Rev.	Florida State University Law Review
Fla. Tax Rev.	Florida Tax Review
Food & Drug L.J.	Food and Drug Law Journal
Food Drug Cosm. L. Rep. (CCH)	food drug cosmetic law reports
Food Drug Cosm. L.J.	Food Drug Cosmetic Law Journal
Fordham Envtl. L. Rev.	Fordham Environmental Law Review
Fordham Int'l L.J.	Fordham International Law journal
Fordham Intell. Prop. Media & Ent. L.J.	Fordham Intellectual Property, Media & Entertainment Law Journal
Fordham Int’l L.J.	Fordham International Law journal
Fordham J. Corp. & Fin. L.	Fordham Journal of Corporate & Financial Law
Fordham L. Rev.	Fordham Law Review
Fordham Urb. L.J.	Fordham Urban Law Journal
Franchise L.J.	Franchise Law Journal
Ga. J. Int'l & Comp. L.	Georgia Journal of International and Comparative Law
Ga. J. Int’l & Comp. L.	Georgia Journal of International and Comparative Law
Ga. L. Rev.	Georgia Law Review
Ga. St. U. L. Rev.	Georgia State University Law Review
Geendale L. Rev.	Glendale Law Review
Geo. Immigr. L.J.	Georgetown Immigration Law Journal
Geo. Int'l Envtl. L. Rev.	Georgetown International Environmental Law Review
Geo. Int’l Envtl. L. Rev.	Georgetown International Environmental Law Review
Geo. J. Gender & L.	The Georgetown Journal of Gender and the Law
Geo. J. Int'l L.	Georgetown Journal of International Law
Geo. J. Int’l L.	Georgetown Journal of International Law
Geo. J. Legal Ethics	Georgetown Journal of Legal Ethics
Geo. J. on Poverty L. & Pol'y	Georgetown Journal on Poverty Law and Policy
Geo. J. on Poverty L. & Pol’y	Georgetown Journal on Poverty Law and Policy
Geo. L.J.	Georgetown Law Journal
Geo. Mason L. Rev.	George Mason Law Review
Geo. Mason U. C.R. L.J.	George Mason University Civil Rights Law Journal
Geo. Wash. Int'l L. Rev.	George Washington International Law Review
Geo. Wash. J. Int'l L. & Econ.	George Washington Journal of International Law and Economics
Geo. Wash. J. Int’l L. & Econ.	George Washington Journal of International Law and Economics
Geo. Wash. L. Rev.	George Washington Law Review
German L.J.	German Law Journal
Golden Gate U. L. Rev.	Golden Gate University Law Review
Gonz. L. Rev.	Gonzaga Law Review
Gov't Cont. Rep. (CCH)	government contracts reporter
Gov't Empl. Rel. Rep. (BNA)	government employee relations report
Gov’t Cont. Rep. (CCH)	government contracts reporter
Gov’t Empl. Rel. Rep. (BNA)	government employee relations report
Great Plains Nat. Resources J.	Great Plains Natural Resources Journal
Green Bag	Green Bag
Green Bag 2d	Green Bag 2d
Green Bag Alm.	Green Bag Almanac
Guild Prac.	Guild Practitioner
Hamline J. Pub. L. & Pol'y	Hamline Journal of Public Law and Policy
Hamline J. Pub. L. & Pol’y	Hamline Journal of Public Law and Policy
Hamline L. Rev.	Hamline Law Review
Harv. C.R.-C.L. L. Rev.	Harvard Civil Rights-Civil Liberties Law Review
Harv. Envtl. L. Rev.	Harvard Environmental Law Review
Harv. Hum. Rts. J.	Harvard Human Rights Journal
Harv. Int'l L.J.	Harvard International Law Journal
Harv. Int’l L.J.	Harvard International Law Journal
Harv. J. on Legis.	Harvard Journal on Legislation
Harv. J. on Racial & Ethnic Just.	Harvard Journal on Racial & Ethnic Justice
Harv. J.L. & Gender	Harvard Journal of Law and Gender
Harv. J.L. & Pub. Pol'y	Harvard Journal of Law and Public Policy
Harv. J.L. & Pub. Pol’y	Harvard Journal of Law and Public Policy
Harv. J.L. & Tech.	Harvard Journal of Law & Technology
Harv. L. & Pol'y Rev.	Harvard Law & Policy Review
Harv. L. & Pol’y Rev.	Harvard Law & Policy Review
Harv. L. Rev.	Harvard Law Review
Harv. Latino L. Rev.	Harvard Latino Law Review
Harv. Negot. L. Rev.	Harvard Negotiation Law Review
Harv. Women's L.J.	Harvard Women's Law Journal
Harv. Women’s L.J.	Harvard Women's Law Journal
Hastings Comm. & Ent. L.J.	Hastings Communications and Entertainment Law Journal
Hastings Const. L.Q.	Hastings Constitutional Law Quarterly
Hastings Int'l & Comp. L. Rev.	Hastings International and Comparative Law Review
Hastings Int’l & Comp. L. Rev.	Hastings International and Comparative Law Review
Hastings L.J.	Hastings Law Journal
Hastings W.-Nw. J. Envtl. L. & Pol'y	Hastings West-Northwest Journal of Environmental Law and Policy
Hastings W.-Nw. J. Envtl. L. & Pol’y	Hastings West-Northwest Journal of Environmental Law and Policy
Hastings Women's L.J.	Hastings Women's Law Journal
Hastings Women’s L.J.	Hastings Women's Law Journal
Health L. Persps.	Health Law Perespectives
Health Matrix	Health Matrix
Healthspan	Healthspan
High Tech. L.J.	High Technology Law Journal
Hofstra L. Rev.	Hofstra Law Review
Hofstra Lab. & Emp. L.J.	Hofstra Labor & Employment Law Journal
Hong Kong L.J.	Hong Kong Law Journal
Hous. & Dev. Rep. (RIA)	housing development reporter
Hous. J. Int'l L.	Houston Journal of International Law
Hous. J. Int’l L.	Houston Journal of International Law
Hous. L. Rev.	Houston Law Review
How. L.J.	Howard Law Journal
Hum. Rts. Q.	Human Rights Quarterly
Human.	Humanities
IDEA	IDEA: The Intellectual Property Law Review
ILSA J. Int'l & Comp. L.	ILSA Journal of International & Comparative Law
ILSA J. Int’l & Comp. L.	ILSA Journal of International & Comparative Law
IRS Pos. (CCH)	irs positions
Idaho L. Rev.	Idaho Law Review
Ill. B.J.	Illinois Bar Journal
Immigr. & Nat'lity L. Rev.	Immigration and Nationality Law Review
Immigr. & Nat’lity L. Rev.	Immigration and Nationality Law Review
Immigr. L. Serv. (West)	immigration law service
In Pub. Interest	In the Public Interest
Ind. Int'l & Comp. L. Rev.	Indiana International & Comparative Law Review
Ind. Int’l & Comp. L. Rev.	Indiana International & Comparative Law Review
Ind. J. Global Legal Stud.	Indiana Journal of Global Legal Studies
Ind. L. Rev.	Indiana Law Review
Ind. L.J.	Indiana Law Journal
Indus. & Lab. Rel. Rev.	Industrial and Labor Relations Review
Inher. Est. & Gift Tax Rep. (CCH)	inheritance estate gift tax reports
Ins. L. Rep. (CCH)	insurance law reports
Inst. on Fed. Tax'n	Institute on Federal Taxation
Inst. on Fed. Tax’n	Institute on Federal Taxation
Inst. on Oil & Gas L. & Tax'n	Institute on Oil and Gas Law and Taxation
Inst. on Oil & Gas L. & Tax’n	Institute on Oil and Gas Law and Taxation
Inst. on Plan. Zoning & Eminent Domain	Institute on Planning, Zoning, and Eminent Domain
Inst. on Priv. Inv. & Inv. Abroad	Institute on Private Investments and Investors Abroad
Inst. on Sec. Reg.	Institute on Securities Regulation
Int'l & Comp. L.Q.	International and Comparative Law Quarterly
Int'l Env't Rep. (BNA)	international environment reporter
Int'l Herald Trib.	International Herald Tribune
Int'l J. Pub. Admin.	International Journal of Public Administration
Int'l J. Pub. Opinion Res.	International Journal of Public Opinion Research
Int'l J.L. & Psychiat Ry	International Journal of Law and Psychiatry
Int'l Law.	International Lawyer
Int'l Org.	International Organization
Int'l Org. L. Rev.	International Organization Law Review
Int'l Rev. L. & Econ.	International Review of Law and Economics
Int'l Trade Rep. (BNA)	international trade reporter
Int’l & Comp. L.Q.	International and Comparative Law Quarterly
Int’l Env’t Rep. (BNA)	international environment reporter
Int’l Herald Trib.	International Herald Tribune
Int’l J.L. & Psychiat Ry	International Journal of Law and Psychiatry
Int’l Law.	International Lawyer
Int’l Org. L. Rev.	International Organization Law Review
Int’l Rev. L. & Econ.	International Review of Law and Economics
Int’l Trade Rep. (BNA)	international trade reporter
Iowa L. Rev.	Iowa Law Review
J. ALWD	Journal of the Association of Legal Writing Directors
J. Affordable Housing & Community Dev. L.	Journal of Affordable Housing & Community Development Law
J. Agric. L.	Journal of Agricultural Law
J. Air L. & Com.	Journal of Air Law and Commerce
J. Am. Acad. Matrim. Law.	Journal of the American Academy of Matrimonial Lawyers
J. Am. Soc'y Info. Sci.	Journal of the American Society for Information Science
J. Am. Soc’y Info. Sci.	Journal of the American Society for Information Science
J. App. Prac. & Process	Journal of Appellate Practice and Process
J. Bus. L.	Journal of Business Law
J. Chinese L.	Journal of Chinese Law
J. Contemp. Health L. & Pol'y	Journal of Contemporary Health Law and Policy
J. Contemp. Health L. & Pol’y	Journal of Contemporary Health Law and Policy
J. Contemp. L.	Journal of Contemporary Law
J. Contemp. Legal Issues	Journal of Contemporary Legal Issues
J. Copyright Soc'y U.S.A.	Journal of the Copyright Society of the U.S.A.
J. Corp. L.	Journal of Corporation Law
J. Corp. Tax'n	Journal of Corporate Taxation
J. Corp. Tax’n	Journal of Corporate Taxation
J. Crim. L. & Criminology	Journal of Criminal Law and Criminology
J. Disp. Resol.	Journal of Dispute Resolution
J. Energy Nat. Resources & Envtl. L.	Journal of Energy, Natural Resources & Environmental Law
J. Envtl. L. & Litig.	Journal of Environmental Law and Litigation
J. Fam. L.	Journal of Family Law
J. Gender Race & Just.	Journal of Gender, Race and justice
J. Health & Hosp. L.	Journal of Health and Hospital Law
J. Health Care L. & Pol'y	Journal of Health Care Law & Policy
J. Health Care L. & Pol’y	Journal of Health Care Law & Policy
J. Health L.	Journal of Health Law
J. Health Pol. Pol'y & L.	Journal of Health Politics, Policy and Law
J. Health Pol. Pol’y & L.	Journal of Health Politics, Policy and Law
J. High Tech. L.	Journal of High Technology Law
J. Int'l Arb.	Journal of International Arbitration
J. Int'l Legal Stud.	Journal of International Legal Studies
J. Int'l Wildlife L. & Pol'y	Journal of International Wildlife Law and Policy
J. Intell. Prop.	Journal of Intellectual Property
J. Intell. Prop. L.	Journal of Intellectual Property Law
J. Int’l Arb.	Journal of International Arbitration
J. Int’l Legal Stud.	Journal of International Legal Studies
J. Int’l Wildlife L. & Pol’y	Journal of International Wildlife Law and Policy
J. Irreproducible Results	Journal of Irreproducible Results
J. Land Resources & Envtl. L.	Journal of Land, Resources & Environmental Law
J. Land Use & Envtl. L.	Journal of Land Use and Environmental Law
J. Legal Educ.	Journal of Legal Education
J. Legal Med.	Journal of Legal Medicine
J. Legal Prof.	Journal of the Legal Profession
J. Legal Stud.	The Journal of Legal Studies
J. Legis.	Journal of Legislation
J. Mar. L. & Com.	Journal of Maritime Law and Commerce
J. Marshall J. Computer & Info. L.	John Marshall Journal of Computer & Information Law
J. Marshall L. Rev.	John Marshall Law Review
J. Med. & L.	Journal of Medicine and Law
J. Min. L. & Pol'y	Journal of Mineral Law & Policy
J. Min. L. & Pol’y	Journal of Mineral Law & Policy
J. Nat. Resources & Envtl. L.	Journal of Natural Resources & Environmental Law
J. Pat. & Trademark Off. Soc'y	Journal of the Patent and Trademark Office Society
J. Pat. & Trademark Off. Soc’y	Journal of the Patent and Trademark Office Society
J. Prod. Liab.	Journal of Products Liability
J. S. Legal Hist.	Journal of Southern Legal History
J. Sci. & Tech. L.	Journal of Science & Technology Law
J. Small & Emerging Bus. L.	Journal of Small and Emerging Business Law
J. Space L.	Journal of Space Law
J. Suffolk Acad. L.	Journal of the Suffolk Academy of Law
J. Sup. Ct. Hist.	Journal of Supreme Court History
J. Tax'n	Journal of Taxation
J. Tax’n	Journal of Taxation
J. Tech. L. & Pol'y	Journal of Technology Law & Policy
J. Tech. L. & Pol’y	Journal of Technology Law & Policy
J. Urb. L.	Journal of Urban Law
J. World Trade	Journal of World Trade
J.C. & U.L.	Journal of College and University Law
J.L. & Com.	Journal of Law and Commerce
J.L. & Econ.	Journal of Law & Economics
J.L. & Educ.	Journal of Law and Education
J.L. & Fam. Stud.	Journal of Law and Family Studies
J.L. & Health	Journal of Law and Health
J.L. & Pol'y	Journal of Law and Policy
J.L. & Pol.	Journal of Law & Politics
J.L. & Pol’y	Journal of Law and Policy
J.L. & Religion	The Journal of Law and Religion
J.L. Econ. & Org.	Journal of Law, Economics, & Organization
J.L. Med. & Ethics	Journal of Law, Medicine & Ethics
J.L. Soc'y	Journal of Law in Society
J.L. Soc’y	Journal of Law in Society
JAG J.	JAG Journal
JAMA	Journal of the American Medical Association
Judges J.	Judges Journal
Jurid. Rev.	Juridical Review
Jurimetrics	Jurimetrics
Jurimetrics J.	Jurimetrics: The Journal of Law, Science, and Technology
Juris Dr.	juris doctor
Juris Mag.	Juris Magazine
Just. Sys. L	Justice System Journal
Kan. J.L. & Pub. Pol'y	Kansas Journal of Law and Public Policy
Kan. J.L. & Pub. Pol’y	Kansas Journal of Law and Public Policy
Ky. L.J.	Kentucky Law Journal
L.R.A.	lawyers reports annotated
L.R.R.M. (BNA)	labor relations reference manual
La Raza L.J.	La Raza Law Journal
La. L. Rev.	Louisiana Law Review
Lab. Arb. Awards (CCH)	labor arbitration awards
Lab. Arb. Rep. (BNA)	labor arbitration reports
Lab. Cas. (CCH)	labor cases
Lab. L. Rep. (CCH)	labor law reporter
Lab. L.J.	Labor Law Journal
Lab. Law.	Labor Lawyer
Lab. Rel. Rep. (BNA)	labor relations reporter
Landslide	Landslide
Law & Contemp. Probs.	Law and Contemporary Problems
Law & Hist. Rev.	Law and History Review
Law & Hum. Behav.	Law and Human Behavior
Law & Ineq.	Law and Inequality
Law & Phil.	Law and Philosophy
Law & Pol'y	Law and Policy
Law & Pol'y Int'l Bus.	Law and Policy in International Business
Law & Pol’y Int’l Bus.	Law and Policy in International Business
Law & Soc'y Rev.	Law & Society Review
Law & Soc. Inquiry	Law & Social Inquiry
Law & Soc’y Rev.	Law & Society Review
Law Libr. J.	Law Library Journal
Law Libr. Lights	Law Library Lights
Laws. Man. on Prof. Conduct (ABA/BNA)	ABA/BNA Lawyers' Manual on Professional Conduct
Legal Reference Services Q.	Legal Reference Services Quarterly
Legal Writing	Legal Writing: The Journal of the Legal Writing Institute
Lewis & Clark L. Rev.	Lewis & Clark Law Review
Libr. J.	Library Journal
Lincoln L. Rev.	Lincoln Law Review
Liquor Cont. L. Rep. (CCH)	liquor control law reports
Litig.	Litigation
Loy. Consumer L. Rev.	Loyola Consumer Law Review
Loy. J. Pub. Int. L.	Loyola Journal of Public Interest Law
Loy. L. Rev.	Loyola Law Review (New Orleans)
Loy. L.A. Ent. L. Rev.	Loyola of Los Angeles Entertainment Law Review
Loy. L.A. Int'l & Comp. L. Rev.	Loyola of Los Angeles International & Comparative Law Review
Loy. L.A. Int’l & Comp. L. Rev.	Loyola of Los Angeles International & Comparative Law Review
Loy. L.A. L. Rev.	Loyola of Los Angeles Law Review
Loy. U. Chi. L.J.	Loyola University of Chicago Law Journal
Major Tax Plan.	Major Tax Planning
Marq. Intell. Prop. L. Rev.	Marquette Intellectual Property Law Review
Marq. L. Rev.	Marquette Law Review
Marq. Sports L. Rev.	Marquette Sports Law Review
Mass. L. Rev.	Massachusetts Law Review
McGeorge L. Rev.	McGeorge Law Review
McGill L.J.	McGill Law Journal
Md. J. Contemp. Legal Issues	Maryland Journal of Contemporary Legal Issues
Md. J. Int'l L. & Trade	Maryland Journal of International Law and Trade
Md. J. Int’l L. & Trade	Maryland Journal of International Law and Trade
Md. L. Rev.	Maryland Law Review
Me. L. Rev.	Maine Law Review
Med. Devices Rep. (CCH)	medical devices reports
Media L. Rep. (BNA)	media law reporter
Medicare & Medicaid Guide (CCH)	medicare medicaid guide
Melb. U. L. Rev.	Melbourne University Law Review
Mercer L. Rev.	Mercer Law Review
Mich. Bus. L.J.	Michigan Business Law Journal
Mich. J. Gender & L.	Michigan Journal of Gender & Law
Mich. J. Int'l L.	Michigan Journal of International Law
Mich. J. Int’l L.	Michigan Journal of International Law
Mich. J. Race & L.	Michigan Journal of Race & Law
Mich. L. Rev.	Michigan Law Review
Mich. St. L. Rev.	Michigan State Law Review
Mich. Telecomm. & Tech. L. Rev.	Michigan Telecommunications and Technology Law Review
Mil. L. Rev.	Military Law Review
Minn. Intell. Prop. Rev.	Minnesota Intellectual Property Review
Minn. J. Global Trade	Minnesota Journal of Global Trade
Minn. J. Int'l. L.	MinnesotaJournal of International Law
Minn. J. Int’l. L.	MinnesotaJournal of International Law
Minn. J. L. Sci. & Tech.	Minnesota Journal of Law, Science & Technology
Minn. L. Rev.	Minnesota Law Review
Miss. C. L. Rev.	Mississippi College Law Review
Miss. L.J.	Mississippi Law Journal
Mo. Envtl. L. & Pol'y Rev.	Missouri Environmental Law and Policy Review
Mo. Envtl. L. & Pol’y Rev.	Missouri Environmental Law and Policy Review
Mo. L. Rev.	Missouri Law Review
Mod. L. Rev.	Modern Law Review
Monash U. L. Rev.	Monash University Law Review
Mont. L. Rev.	Montana Law Review
Monthly Lab. Rev.	Monthly Labor Review
Mut. Funds Guide (CCH)	mutual funds guide
N. Ill. U. L. Rev.	Northern Illinois University Law Review
N. Ky. L. Rev.	Northern Kentucky Law Review
N.C. Banking Inst.	North Carolina Banking Institute
N.C. Cent. L. Rev.	North Carolina Central Law Review
N.C. Cent. L.J.	North Carolina (NC) Central Law Journal
N.C. J. Int'l L. & Com. Reg.	North Carolina Journal of International Law and Commercial Regulation
N.C. J. Int’l L. & Com. Reg.	North Carolina Journal of International Law and Commercial Regulation
N.C. J.L. & Tech.	North Carolina Journal of Law & Technology
N.C. J.L. & Tech. On.	North Carolina Journal of Law & Technology (Online)
N.C. L. Rev.	North Carolina Law Review
N.C. St. B.J.	North Carolina State Bar Journal
N.D. L. Rev.	North Dakota Law Review
N.M. L. Rev.	New Mexico Law Review
N.Y. City L. Rev.	New York City Law Review
N.Y. Int'l L. Rev.	New York International Law Review
N.Y. Int’l L. Rev.	New York International Law Review
N.Y. L.J.	New York Law Journal
N.Y. St. B.A. Antitrust L. Symp.	New York State Bar Association Antitrust Law Symposium
N.Y. Times	New York Times
N.Y.L. Sch. J. Hum. Rts.	New York Law School Journal of Human Rights
N.Y.L. Sch. J. Int'l & Comp. L.	New York Law School Journal of International and Comparative Law
N.Y.L. Sch. J. Int’l & Comp. L.	New York Law School Journal of International and Comparative Law
N.Y.L. Sch. L. Rev.	New York Law School Law Review
N.Y.S.E. Guide (CCH)	new york stock exchange guide
N.Y.U. Ann. Inst. On Fed. Tax'n.	New York University Annual Institute on Federal Taxation
N.Y.U. Ann. Inst. On Fed. Tax’n.	New York University Annual Institute on Federal Taxation
N.Y.U. Ann. Surv. Am. L.	New York University Annual Survey of American Law
N.Y.U. Envtl. L.J.	New York University Environmental Law Journal
N.Y.U. J. Int'l L. & Pol.	New York University Journal of International Law and Politics
N.Y.U. J. Legis. & Pub. Pol'y	New York University Journal of Legislation and Public Policy
N.Y.U. J. Legis. & Pub. Pol’y	New York University Journal of Legislation and Public Policy
N.Y.U. L. Rev.	New York University Law Review
N.Y.U. Moot Ct. Casebook	New York University School of Law Moot Court Casebook
N.Y.U. Rev. L. & Soc. Change	New York University Review of Law and Social Change
NEXUS	NEXUS: A Journal of Opinion
NLRB Dec. (CCH)	nlrb decisions
Nat'l Black L.J.	National Black Law Journal
Nat'l L.J.	National Law Journal
Nat'l Lawyers Guild, Civil Rights Litigation and Attorney Fees Annual Handbook	National Lawyers Guild, Civil Rights Litigation and Attorney Fees Annual Handbook
Nat'l Rep. Legal Ethics (Univ. Pub. Am.)	National Reporter on Legal Ethics & Professional Responsibility
Nat. Resources J.	Natural Resources Journal
Nat’l Black L.J.	National Black Law Journal
Nat’l Lawyers Guild, Civil Rights Litigation and Attorney Fees Annual Handbook	National Lawyers Guild, Civil Rights Litigation and Attorney Fees Annual Handbook
Nat’l Rep. Legal Ethics (Univ. Pub. Am.)	National Reporter on Legal Ethics & Professional Responsibility
Naval L. Rev.	Naval Law Review
Neb. L. Rev.	Nebraska Law Review
Nev. L.J.	Nevada Law Journal
New Eng. Int'l & Comp. L. Ann.	New England International and Comparative Law Annual
New Eng. Int’l & Comp. L. Ann.	New England International and Comparative Law Annual
New Eng. J. Med.	New England Journal of Medicine
New Eng. J. On Crim. & Civ. Confinement	New England Journal on Criminal and Civil Confinement
New Eng. L. Rev.	New England Law Review
New L.J.	New Law Journal
Nota Bene	Nota Bene
Notre Dame J.L. Ethics & Pub. Pol'y	Notre Dame Journal of Law Ethics & Public Policy
Notre Dame J.L. Ethics & Pub. Pol’y	Notre Dame Journal of Law Ethics & Public Policy
Notre Dame L. Rev.	Notre Dame Law Review
Notre Dame Law.	Notre Dame Lawyer
Nova L. Rev.	Nova Law Review
Nuclear Reg. Rep. (CCH)	nuclear regulation reports
Nw. J. Int'l L. & Bus.	Northwestern Journal of International Law & Business
Nw. J. Int’l L. & Bus.	Northwestern Journal of International Law & Business
Nw. U. L. Rev.	Northwestern University Law Review
O.S.H. Cas. (BNA)	occupational safety health cases
O.S.H. Dec. (CCH)	occupational safety health decisions
O.S.H. Rep. (BNA)	occupational safety health reporter
OFCCP Fed. Cont. Compl. Man. (CCH)	ofccp federal contract compliance manual
OSHA Comp. Guide (CCH)	human resources management osha compliance guide
Ocean & Coastal L.J.	Ocean and Coastal Law Journal
Ohio N.U. L. Rev.	Ohio Northern University Law Review
Ohio St. J. Crim. L.	Ohio State Journal of Criminal Law
Ohio St. J. on Disp. Resol.	Ohio State Journal on Dispute Resolution
Ohio St. L.J.	Ohio State Law Journal
Oil & Gas Tax Q.	Oil and Gas Tax Quarterly
Oil Gas & Energy Q.	Oil, Gas & Energy Quarterly
Okla. City U. L. Rev.	Oklahoma City University Law Review
Okla. L. Rev.	Oklahoma Law Review
Or. L. Rev.	Oregon Law Review
Or. Rev. Int'l L.	Oregon Review of International Law
Or. Rev. Int’l L.	Oregon Review of International Law
Osgoode Hall L.J.	Osgoode Hall Law Journal
Otago L. Rev.	Otago Law Review
Ottawa L. Rev.	Ottawa Law Review
Pac. L.J.	Pacific Law Journal
Pac. Rim L. & Pol'y J.	Pacific Rim Law & Policy Journal
Pac. Rim L. & Pol’y J.	Pacific Rim Law & Policy Journal
Pace Envtl. L. Rev.	Pace Environmental Law Review
Pace Int'l L. Rev.	Pace International Law Review
Pace Int’l L. Rev.	Pace International Law Review
Pace L. Rev.	Pace Law Review
Parker Sch. J. E. Eur. L.	Parker School Journal of East European Law
Pat. L. Ann.	Parent Law Annual
Pat. Trademark & Copyright J. (BNA)	patent trademark copyright journal
Penn St. Envtl. L. Rev.	Penn State Environmental Law Review
Penn St. Int'l L. Rev.	Penn State International Law Review
Penn St. Int’l L. Rev.	Penn State International Law Review
Penn St. L. Rev.	Penn State Law Review
Pens. & Ben. Rep. (BNA)	pension benefits reporter
Pens. & Profit Sharing 2d (RIA)	pension profit sharing second
Pens. Plan Guide (CCH)	pension plan guide
Pepp. L. Rev.	Pepperdine Law Review
Personal and Comm. Liab. Life Health & Accid. Ins. Cas. 2d (CCH)	personal commercial liability life health accident insurance cases 2d
Personnel Mgmt. (BNA)	personnel management
Prac. Law.	Practical Lawyer
Preview U.S. Sup. Ct. Cas.	Preview of United States Supreme Court Cases
Prob. L.J.	Probate Law Journal (National College of Probate Judges and Boston University School of Law)
Proc. Nat'l Acad. Sci.	Proceedings of the National Academy of Sciences
Proc. Nat’l Acad. Sci.	Proceedings of the National Academy of Sciences
Prod. Liab. Rep. (CCH)	products liability reports
Prod. Safety & Liab. Rep. (BNA)	product safety liability reporter
Psychol. Bull.	Psychological Bulletin
Psychol. Pub. Pol'y & L. Pub.	Psychology Public Policy and Law Public
Psychol. Pub. Pol’y & L. Pub.	Psychology Public Policy and Law Public
Psychol. Rev.	Law & Psychology Review LAw &
Pub. Cont. L.J.	Public Contract Law Journal
Pub. Ent. Advert. & Allied Fields L.Q.	Publishing, Entertainment, Advertising and Allied Fields Law Quarterly
Pub. Int. L. Rep.	Public Interest Law Reporter
Pub. Land & Resources L. Rev.	Public Land and Resources Law Review
Pub. Util. Rep. (PUR)	Public Utilities Reports
Quinnipiac Health L.J.	Quinnipiac Health Law Journal
Quinnipiac L. Rev.	Quinnipiac Law Review
Quinnipiac Prob. L.J.	Quinnipiac Probate Law Journal
RAND J. Econ.	The RAND Journal of Economics
RISK	RISK: Health, Safety & Environment
Race & Ethnic Anc. L.J.	Race and Ethnic Ancestry Law Journal
Real Est. L.J.	Real Estate Law Journal
Real Prop. Prob. & Tr. J.	Real Property Probate and Trust Journal
Real Prop. Tr. & Est. L.J.	Real Property, Trust and Estate Law Journal
Regent U. L. Rev.	Regent University Law Review
Rev. Der. P.R.	Revista de Derecho Puertorriqueno
Rev. Jur. U.P.R.	Revista juridica de la Universidad de Puerto Rico
Rev. Litig.	Review of Litigation
Rich. J. Global L. & Bus.	Richmond Journal of Global Law & Business
Rich. J.L. & Pub. Int.	Richmond Journal of Law and the Public Interest
Rich. J.L. & Tech.	Richmond Journal of Law & Technology
Rocky Mtn. Min. L. Inst.	Rocky Mountain Mineral Law Institute
Roger Williams U. L. Rev.	Roger Williams University Law Review
Rutgers Computer & Tech. L.J.	Rutgers Computer and Technology Law Journal
Rutgers L. Rec.	Rutgers Law Record
Rutgers L. Rev.	Rutgers Law Review
Rutgers L.J.	Rutgers Law Journal
Rutgers Race & L. Rev.	Rutgers Race & the Law Review
Rutgers-Cam. L.J.	Rutgers-Camden Law Journal
S. Cal. Interdisc. L.J.	Southern California Interdisciplinary Law Journal
S. Cal. L. Rev.	Southern California Law Review
S. Cal. Rev. L. & Soc. Just.	Southern California Review of Law & Social justice
S. Ill. U. L.J.	Southern Illinois University Law Journal
S. Tex. L. Rev.	South Texas Law Review
S.C. Envtl. L.J.	South Carolina Environmental Law Journal
S.C. L. Rev.	South Carolina Law Review
S.D. L. Rev.	South Dakota Law Review
S.U. L. Rev.	Southern University Law Review
SEC Accounting R. (CCH)	sec accounting rules
SMU L. Rev.	Southern Methodist University Law Review
San Diego L. Rev.	San Diego Law Review
San Fern. V. L. Rev.	San Fernando Valley Law Review
Santa Clara Computer & High Tech. L.J.	Santa Clam Computer and High Technology Law Journal
Santa Clara J. Int'l L.	Santa Clara Journal of International Law
Santa Clara J. Int’l L.	Santa Clara Journal of International Law
Santa Clara L. Rev.	Santa Clara Law Review
Sch. L. Bull.	School Law Bulletin
Scholar	The Scholar: St. Mary's Law Review on Minority Issues
School L. Rep. (Educ. Law Ass'n)	School Law Reporter
School L. Rep. (Educ. Law Ass’n)	School Law Reporter
Sci. Am.	Scientific American .
Search & Seizure Bull. (Quinlan)	Search & Seizure Bulletin
Seattle U. L. Rev.	Seattle University Law Review
Sec. & Fed. Corp. L. Rep. (West)	securities federal corporate law report
Sec. Reg. & L. Rep. (BNA)	securities regulation law report
Secured Transactions Guide (CCH)	secured transactions guide
Seton Hall Const. L.J.	Seton Hall Constitutional Law Journal
Seton Hall J. Sport L.	Seton Hall Journal of Sport Law
Seton Hall J. Sports & Ent. L.	Seton HallJournal of Sports and Entertainment Law
Seton Hall L. Rev.	Seton Hall Law Review
Seton Hall Legis. J.	Seton Hall Legislative Journal
Shipping Reg. (P & F)	shipping regulation
Soc. Sec. Rep. (CCH)	social security reporter
Soc. Serv. Rev.	Social Service Review
Software L.J.	Software Law Journal
Southeastern Envtl. L.J.	Southeastern Environmental Law Journal
Sports Law. J.	Sports Lawyers Journal
St. & Loc. Tax Serv. (RIA)	state local tax service
St. B. Tex. Envtl. L.J.	State Bar of Texas Environmental Law Journal
St. John's J. C.R. & Econ. Dev.	St.]ohn's Journal of Civil Rights and Economic Development
St. John's L. Rev.	St. John's Law Review
St. John’s J. C.R. & Econ. Dev.	St.]ohn's Journal of Civil Rights and Economic Development
St. John’s L. Rev.	St. John's Law Review
St. Louis U. L.J.	Saint Louis University Law Journal
St. Louis U. Pub. L. Rev.	Saint Louis University Public Law Review
St. Louis-Warsaw Transatlantic L.J.	Saint Louis-Warsaw Transatlantic Law Journal
St. Mary's L.J.	St. Mary's Law Journal
St. Mary’s L.J.	St. Mary's Law Journal
St. Tax Guide (CCH)	state tax guide
St. Tax Rep. (CCH)	state tax reporter
St. Thomas L. Rev.	St. Thomas Law Review
Stan. Envtl. L.J.	Stanford Environmental Law Journal
Stan. J. C.R. & C.L.	Stanford Journal of Civil Rights and Civil Liberties
Stan. J. Int'l L.	Stanford Journal of International Law
Stan. J. Int’l L.	Stanford Journal of International Law
Stan. J.L. Bus. & Fin.	Stanford Journal of Law, Business & Finance
Stan. L. & Pol'y Rev.	Stanford Law & Policy Review
Stan. L. & Pol’y Rev.	Stanford Law & Policy Review
Stan. L. Rev.	Stanford Law Review
Stan. Tech. L. Rev.	Stanford Technology Law Review
Stand. Fed. Tax Rep. (CCH)	standard federal tax reporter
Stetson L. Rev.	Stetson Law Review
Stud. L. Pol. & Soc'y	Studies in Law, Politics, and Society
Student Law.	Student Lawyer
Suffolk J. Trial & App. Advoc.	Suffolk Journal of Trial & Appellate Advocacy
Suffolk Transnat'l L. Rev.	Suffolk Transnational Law Review
Suffolk Transnat’l L. Rev.	Suffolk Transnational Law Review
Suffolk U. L. Rev.	Suffolk University Law Review
Sup. Ct. Rev.	Supreme Court Review
Sw. J. Int'l Law	Southwestern Journal of International Law
Sw. J. Int’l Law	Southwestern Journal of International Law
Sw. L.J.	Southwestern Law Journal
Sw. U. L. Rev.	Southwestern University Law Review
Sydney L. Rev.	Sydney Law Review
Syracuse J. Int'l L. & Com.	Syracuse Journal of International Law and Commerce
Syracuse J. Int’l L. & Com.	Syracuse Journal of International Law and Commerce
Syracuse L. Rev.	Syracuse Law Review
T. Jefferson L. Rev.	Thomas Jefferson Law Review
T. Marshall L. Rev.	Thurgood Marshall Law Review
T.C.M. (CCH)	tax court reporter cch
T.C.M. (RIA)	tax court memorandum decisions
T.M. Cooley J. Prac. & Clinical L.	Thomas M. Cooley Journal of Practical and Clinical Law
T.M. Cooley L. Rev.	Thomas M. Cooley Law Review
Tax Adviser	Tax Adviser
Tax Ct. Rep. (CCH)	tax court reports
Tax Ct. Rep. Dec. (RIA)	tax court reported decisions
Tax L. Rev.	Tax Law Review
Tax Law.	Tax Lawyer
Tax Mgm't Int'l J.	Tax Management International Journal
Tax Mgm’t Int’l J.	Tax Management International Journal
Tax Notes	Tax Notes
Tax Treaties (CCH)	tax treaties
Taxes	Taxes: The Tax Magazine
Temp. Envtl. L. & Tech. J.	Temple Environmental Law & TechnologyJournal
Temp. Int'l & Comp. L.J.	Temple International and Comparative Law Journal
Temp. Int’l & Comp. L.J.	Temple International and Comparative Law Journal
Temp. L. Rev.	Temple Law Review
Temp. Pol. & C.R. L. Rev.	Temple Political and Civil Rights Law Review
Temp. Pol. & Civ. Rts. L. Rev.	Temple Political & Civil Rights Law Review
Tenn. J. Prac. & Proc.	Tennessee Journal of Practice and Procedure
Tenn. L. Rev.	Tennessee Law Review
Tex. F. on C.L. & C.R.	Texas Forum on Civil Liberties and Civil Rights
Tex. Hisp. J.L. & Pol'y	Texas Hispanic Journal of Law and Policy
Tex. Hisp. J.L. & Pol’y	Texas Hispanic Journal of Law and Policy
Tex. Int'l L.J.	Texas International Law Journal
Tex. Intell. Prop. L.J.	Texas Intellectual Property Law Journal
Tex. Int’l L.J.	Texas International Law Journal
Tex. J. Bus. L.	Texas Journal of Business Law
Tex. J. C.L. & C.R.	Texas Journal on Civil Liberties and Civil Rights
Tex. J. Women & L.	Texas Journal of Women and the Law
Tex. L. Rev.	Texas Law Review
Tex. Rev. L. & Pol.	Texas Review of Law & Politics
Tex. Tech L. Rev.	Texas Tech Law Review
Tex. Wesleyan L. Rev.	Texas Wesleyan Law Review
Third World Legal Stud.	Third World Legal Studies
Tol. J. Great Lakes, L. Sci. & Pol'y	Toledo Journal of Great Lakes' Law, Science & Policy
Tol. J. Great Lakes, L. Sci. & Pol’y	Toledo Journal of Great Lakes' Law, Science & Policy
Tort & Ins. L.J.	Tort & Insurance Law Journal
Tort Trial & Ins. Prac. L.J.	Tort Trial & Insurance Practice Law Journal
Touro Int'l L. Rev.	Touro International Law Review
Touro Int’l L. Rev.	Touro International Law Review
Touro J. Transnat'l L.	Touro Journal of Transnational Law
Touro J. Transnat’l L.	Touro Journal of Transnational Law
Touro L. Rev.	Touro Law Review
Trade Cas. (CCH)	trade cases
Trade Reg. Rep. (CCH)	trade regulation reporter
Trademark Rep.	Trademark Reporter
Transactions: Tenn. J. Bus. L.	Transactions: The Tennessee Journal of Business Law
Transnat'l L. & Contemp. Probs.	Transnational Law & Contemporary Problems
Transnat'l Law.	The Transnational Lawyer
Transnat’l L. & Contemp. Probs.	Transnational Law & Contemporary Problems
Transnat’l Law.	The Transnational Lawyer
Transp. L.J.	Transportation Law Journal
Trial Law. Guide	Trial Lawyers Guide
Tu L. Mar. L.J.	Tulane Maritime Law Journal
Tul. Envtl. L.J.	Tulane Environmental Law Journal
Tul. Eur. & Civ. L.F.	Tulane European and Civil Law Forum
Tul. J. Int'l & Comp. L.	Tulane Journal of International and Comparative Law
Tul. J. Int’l & Comp. L.	Tulane Journal of International and Comparative Law
Tul. J.L. & Sexuality	Tulane Journal of Law and Sexuality
Tul. L. Rev.	Tulane Law Review
Tulsa J. Comp. & Int'l L.	Tulsa Journal of Comparative & International Law
Tulsa J. Comp. & Int’l L.	Tulsa Journal of Comparative & International Law
Tulsa L. Rev.	Tulsa Law Review
Tulsa L.J.	Tulsa Law Journal
U. Ark. Little Rock L. Rev.	University of Arkansas at Little Rock Law Review
U. Balt. Intell. Prop. L.J.	University of Baltimore Intellectual Property Law Journal
U. Balt. J. Envtl. L.	University of Baltimore Journal of Environmental Law
U. Balt. L. Rev.	University of Baltimore Law Review
U. Balt. L.F.	University of Baltimore Law Forum
U. Chi. L. Rev.	University of Chicago Law Review
U. Chi. Legal F.	University of Chicago Legal Forum
U. Cin. L. Rev.	University of Cincinnati Law Review
U. Colo. L. Rev.	University of Colorado Law Review
U. Dayton L. Rev.	University of Dayton Law Review
U. Denv. Water L. Rev.	University of Denver Water Law Review
U. Det. Mercy L. Rev.	University of Detroit Mercy Law Review
U. Fla. J.L. & Pub. Pol'y	University of Florida Journal of Law and Public Policy
U. Fla. J.L. & Pub. Pol’y	University of Florida Journal of Law and Public Policy
U. Fla. L. Rev.	University of Florida Law Review
U. Haw. L. Rev.	University of Hawaii Law Review
U. Ill. J.L. Tech. & Pol'y	University of Illinois Journal of Law, Technology and Policy
U. Ill. J.L. Tech. & Pol’y	University of Illinois Journal of Law, Technology and Policy
U. Ill. L. Rev.	University of Illinois Law Review
U. Kan. L. Rev.	University of Kansas Law Review
U. Md. L.J. Race Religion Gender & Class	University of Maryland Law Journal of Race, Religion, Gender and Class
U. Mem. L. Rev.	University of Memphis Law Review
U. Miami Bus. L. Rev.	University of Miami Business Law Review
U. Miami Int'l & Comp. L. Rev.	University of Miami International and Comparative Law Review
U. Miami Inter-Am. L. Rev.	University of Miami Inter-American Law Review
U. Miami Int’l & Comp. L. Rev.	University of Miami International and Comparative Law Review
U. Miami L. Rev.	University of Miami Law Review
U. Miami Y.B. Int'l L.	University of Miami Yearbook of International Law
U. Miami Y.B. Int’l L.	University of Miami Yearbook of International Law
U. Mich. J.L. Reform	University of Michigan Journal of Law Reform
U. Pa. J. Bus. L.	University of Pennsylvania Journal of Business Law
U. Pa. J. Const. L.	University of Pennsylvania Journal of Constitutional Law
U. Pa. J. Int'l Econ. L.	University of Pennsylvania Journal of International Economic Law
U. Pa. J. Int'l L.	University of Pennsylvania Journal of International Law
U. Pa. J. Int’l Econ. L.	University of Pennsylvania Journal of International Economic Law
U. Pa. J. Lab. & Emp. L.	University of Pennsylvania Journal of Labor and Employment Law
U. Pa. L. Rev.	University of Pennsylvania Law Review
U. Pitt. L. Rev.	University of Pittsburgh Law Review
U. Puget Sound L. Rev.	University of Puget Sound Law Review
U. Rich. L. Rev.	University of Richmond Law Review
U. Seattle L. Rev.	University of Seattle Law Review
U. St. Thomas L.J.	University of St. Thomas Law Journal
U. Tol. L. Rev.	University of Toledo Law Review
U. Toronto Fac. L. Rev.	University of Toronto Faculty of Law Review
U. Toronto L.J.	University of Toronto Law Journal
U.C. Davis L. Rev.	University of California at Davis Law Review
U.C.C. Rep. Serv. (West)	uniform commercial code reporting service second
U.S. Tax Cas. (CCH)	us tax cases
U.S. Tax Rep. (RIA)	us tax reporter
U.S.-Mex. L.	United States-Mexico Law Journal
U.S.F. L. Rev.	University of San Francisco Law Review
U.S.F. Mar. L.J	University of San Francisco Maritime Law Journal
U.S.L.W. (BNA)	united states law week
U.S.P.Q. (BNA)	united states patents quarterly
UCC L.J.	Uniform Commercial Code Law Journal
UCC Rep.-Dig.	Uniform Commercial Code Reporter-Digest
UCLA Bull. L. & Tech.	UCLA Bulletin of Law and Technology
UCLA Ent. L. Rev.	UCLA Entertainment Law Review
UCLA J. Envtl. L. & Pol'y	UCLA Journal of Environmental Law & Policy
UCLA J. Envtl. L. & Pol’y	UCLA Journal of Environmental Law & Policy
UCLA J. Int'l L. & Foreign Aff.	UCLA Journal of International Law and Foreign Affairs
UCLA J. Int’l L. & Foreign Aff.	UCLA Journal of International Law and Foreign Affairs
UCLA J.L. & Tech.	UCLA Journal of Law and Technology
UCLA L. Rev.	UCLA Law Review
UCLA Pac. Basin L.J.	UCLA Pacific Basin Law Journal
UCLA Women's L.J.	UCLA Women's Law Journal
UCLA Women’s L.J.	UCLA Women's Law Journal
UDC/DCSL L. Rev.	University of the District of Coliunbia David Clarke School of Law Law Review
UMKC L. Rev.	UMKC Law Review
UN Monthly Chron.	UN Monthly Chronicle
UWLA L. Rev.	University of West Los Angeles Law Review
Unempl. Ins. Rep. (CCH)	unemployment insurance reports
Union Lab. Rep. (BNA)	union labor report
Urb. Law.	Urban Lawyer
Utah L. Rev.	Utah Law Review
Util. L. Rep. (CCH)	utilities law reports
Va. Envtl. L.J.	Virginia Environmental Law Journal
Va. J. Int'l L.	Virginia Journal of International Law
Va. J. Int’l L.	Virginia Journal of International Law
Va. J. Soc. Pol'y & L.	Virginia Journal of Social Policy & the Law
Va. J. Soc. Pol’y & L.	Virginia Journal of Social Policy & the Law
Va. J.L. & Tech.	Virginia Journal of Law and Technology
Va. L. & Bus. Rev.	Virginia Law & Business Review
Va. L. Rev.	Virginia Law Review
Va. L.L. & Tech.	Virginia Journal of Law & Technology
Va. Sports & Ent. L.J.	Virginia Sports and Entertainment Law Journal
Va. Tax Rev.	Virginia Tax Review
Val. U. L. Rev.	Valparaiso University Law Review
Vand. J. Ent. & Tech. L.	Vanderbilt Journal of Entertainment & Technology Law
Vand. J. Transnat'l L.	Vanderbilt Journal of Transnational Law
Vand. J. Transnat’l L.	Vanderbilt Journal of Transnational Law
Vand. L. Rev.	Vanderbilt Law Review
Vill. Envtl. L.J.	Villanova Environmental Law Journal
Vill. L. Rev.	Villanova Law Review
Vill. Sports & Ent. L.J.	Villanova Sports & Entertainment Law Journal
Vt. J. Envtl. L.	Vermont Journal of Environmental Law
Vt. L. Rev.	Vermont Law Review
W. New Eng. L. Rev.	Western New England Law Review
W. St. U. L. Rev.	Western State University Law Review
W. Va. L. Rev.	West Virginia Law Review
Wage & Hour Cas. (BNA)	wage hour cases
Wake Forest L. Rev.	Wake Forest Law Review
Wall St. J.	Wall Street Journal
Wash. & Lee J. C.R. & Soc. Just.	Washington and Lee Journal of Civil Rights and Social Justice
Wash. & Lee L. Rev.	Washington and Lee Law Review
Wash. & Lee Race & Ethnic Anc. L.J.	Washington and Lee Race and Ethnic Ancestry Law Journal
Wash. L. Rev.	Washington Law Review
Wash. Monthly	Washington Monthly
Wash. Post	Washington Post
Wash. U. Glob. Stud. L. Rev.	Washington University Global Studies Law Review
Wash. U. J. Urb. & Contemp. L.	Washington University Journal of Urban and Contemporary Law
Wash. U. J.L. & Pol'y	Washington University Journal of Law and Policy
Wash. U. J.L. & Pol’y	Washington University Journal of Law and Policy
Wash. U. L. Rev.	Washington University Law Review
Wash. U. L.Q.	Washington University Law Quarterly
Washburn L.J.	Washburn Law Journal
Wayne L. Rev.	Wayne Law Review
Whittier L. Rev.	Whittier Law Review
Widener J. Pub. L.	WidenerJournal of Public Law
Widener L. Rev.	Widener Law Review
Widener L. Symp. J.	Widener Law Symposium Journal
Willamette L. Rev.	Willamette Law Review
Wis. Envtl. L.J.	Wisconsin Environmental Law Journal
Wis. Int'l L.J.	Wisconsin International Law Journal
Wis. Int’l L.J.	Wisconsin International Law Journal
Wis. L. Rev.	Wisconsin Law Review
Wis. Women's L.J.	Wisconsin Women's Law Journal
Wis. Women’s L.J.	Wisconsin Women's Law Journal
Wm. & Mary Bill Rts. J.	William and Mary Bill of Rights Journal
Wm. & Mary Envtl. L. Pol'y Rev.	William & Mary Environmental Law and Policy Review
Wm. & Mary J. Women & L.	William and Mary Journal of Women and the Law
Wm. & Mary L. Rev.	William and Mary Law Review
Wm. Mitchell L. Rev.	William Mitchell Law Review
Women's Rts. L. Rep.	Women's Rights Law Reporter
Women’s Rts. L. Rep.	Women's Rights Law Reporter
Wyo. L. Rev.	Wyoming Law Review
Wyo. Law.	Wyoming Lawyer
Yale Hum. Rts. & Dev. L.J.	Yale Human Rights and Development Law Journal
Yale J. Health Pol'y L. & Ethics	Yale Journal of Health Policy, Law, and Ethics
Yale J. Health Pol’y L. & Ethics	Yale Journal of Health Policy, Law, and Ethics
Yale J. Int'l L.	Yale Journal of International Law
Yale J. Int’l L.	Yale Journal of International Law
Yale J. World Pub. Ord.	Yale Journal of World Public Order
Yale J. on Reg.	Yale Journal on Regulation
Yale J.L. & Feminism	Yale Journal of Law and Feminism
Yale J.L. & Human.	Yale Journal of Law & the Humanities
Yale J.L. & Tech.	Yale Journal of Law & Technology
Yale L. & Pol'y Rev.	Yale Law & Policy Review
Yale L. & Pol’y Rev.	Yale Law & Policy Review
Yale L.J.	Yale Law Journal
"""#

    /// Grammars/data/months.tsv (24 rows).
    static let months: String = #"""
Jan.	1	t12
January	1	full
Feb.	2	t12
February	2	full
Mar.	3	t12
March	3	full
Apr.	4	t12
April	4	full
May	5	t12
Jun.	6	variant
June	6	t12
Jul.	7	variant
July	7	t12
Aug.	8	t12
August	8	full
Sep.	9	variant
Sept.	9	t12
September	9	full
Oct.	10	t12
October	10	full
Nov.	11	t12
November	11	full
Dec.	12	t12
December	12	full
"""#

    /// Grammars/data/places.tsv (67 rows).
    static let places: String = #"""
Alabama	Ala.	States
Alaska	Alaska	States
American Samoa	Am. Sam.	Territories
Arizona	Ariz.	States
Arkansas	Ark.	States
Baltimore	Balt.	Cities
Boston	Bos.	Cities
California	Cal.	States
Chicago	Chi.	Cities
Colorado	Colo.	States
Connecticut	Conn.	States
Dallas	Dall.	Cities
Delaware	Del.	States
District of Columbia	D.C.	Cities
Florida	Fla.	States
Georgia	Ga.	States
Guam	Guam	Territories
Hawaii	Haw.	States
Houston	Hous.	Cities
Idaho	Idaho	States
Illinois	Ill.	States
Indiana	Ind.	States
Iowa	Iowa	States
Kansas	Kan.	States
Kentucky	Ky.	States
Los Angeles	L.A.	Cities
Louisiana	La.	States
Maine	Me.	States
Maryland	Md.	States
Massachusetts	Mass.	States
Miami	Mia.	Cities
Michigan	Mich.	States
Minnesota	Minn.	States
Mississippi	Miss.	States
Missouri	Mo.	States
Montana	Mont.	States
Nebraska	Neb.	States
Nevada	Nev.	States
New Hampshire	N.H.	States
New Jersey	N.J.	States
New Mexico	N.M.	States
New York	N.Y.	States
New York	N.Y.C.	Cities
North Carolina	N.C.	States
North Dakota	N.D.	States
Northern Mariana Islands	N. Mar. I.	Territories
Ohio	Ohio	States
Oklahoma	Okla.	States
Oregon	Or.	States
Pennsylvania	Pa.	States
Philadelphia	Phila.	Cities
Phoenix	Phx.	Cities
Puerto Rico	P.R.	Territories
Rhode Island	R.I.	States
San Francisco	S.F.	Cities
South Carolina	S.C.	States
South Dakota	S.D.	States
Tennessee	Tenn.	States
Texas	Tex.	States
Utah	Utah	States
Vermont	Vt.	States
Virgin Islands	V.I.	Territories
Virginia	Va.	States
Washington	Wash.	States
West Virginia	W. Va.	States
Wisconsin	Wis.	States
Wyoming	Wyo.	States
"""#

    /// Grammars/data/reporters.tsv (4770 rows).
    static let reporters: String = #"""
(So. 2nd)	So. 2d	state_regional	Southern Reporter	1941	2008
A .2d	A.2d	state_regional	Atlantic Reporter	1938	2010
A,2d	A.2d	state_regional	Atlantic Reporter	1938	2010
A.	A.	state_regional	Atlantic Reporter	1885	1938
A. 2d	A.2d	state_regional	Atlantic Reporter	1938	2010
A. 3d	A.3d	state_regional	Atlantic Reporter	2010	
A.2d	A.2d	state_regional	Atlantic Reporter	1938	2010
A.2d.	A.2d	state_regional	Atlantic Reporter	1938	2010
A.3d	A.3d	state_regional	Atlantic Reporter	2010	
A.3d.	A.3d	state_regional	Atlantic Reporter	2010	
A.D.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
A.D. 2d	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
A.D. 3d	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
A.D. Cases	Am. Disabilities Cas. (BNA)	specialty	Americans with Disabilities Cases (BNA)		
A.D.2d	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
A.D.3d	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
A.E.C.	A.E.C.	federal	Atomic Energy Commission Reports		
A.F.Rep.	Alaska Fed.	state	Alaska Federal Reports	1869	1937
A.F.T.R.	A.F.T.R. (RIA)	specialty	American Federal Tax Reports		1957
A.F.T.R. (P-H)	A.F.T.R. (P-H)	specialty	American Federal Tax Reports		
A.F.T.R. (RIA)	A.F.T.R. (RIA)	specialty	American Federal Tax Reports		1957
A.F.T.R. 2d	A.F.T.R.2d (RIA)	specialty	American Federal Tax Reports	1958	
A.F.T.R. 2d (RIA)	A.F.T.R.2d (RIA)	specialty	American Federal Tax Reports	1958	
A.F.T.R.2d	A.F.T.R.2d (RIA)	specialty	American Federal Tax Reports	1958	
A.F.T.R.2d (RIA)	A.F.T.R.2d (RIA)	specialty	American Federal Tax Reports	1958	
A.K. Marsh.	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
A.L.R.	A.L.R.	specialty	American Law Reports		
A.L.R. 2d	A.L.R. 2d	specialty	American Law Reports		
A.L.R. 3d	A.L.R. 3d	specialty	American Law Reports		
A.L.R. 4th	A.L.R. 4th	specialty	American Law Reports		
A.L.R. 5th	A.L.R. 5th	specialty	American Law Reports		
A.L.R. 6th	A.L.R. 6th	specialty	American Law Reports		
A.L.R. Fed.	A.L.R. Fed.	federal	American Law Reports Annotated, Federal		
A.L.R. Fed. 2d	A.L.R. Fed. 2d	federal	American Law Reports Annotated, Federal		
A.L.R. Fed.2d	A.L.R. Fed. 2d	federal	American Law Reports Annotated, Federal		
A.L.R.2d	A.L.R. 2d	specialty	American Law Reports		
A.L.R.3d	A.L.R. 3d	specialty	American Law Reports		
A.L.R.4th	A.L.R. 4th	specialty	American Law Reports		
A.L.R.5th	A.L.R. 5th	specialty	American Law Reports		
A.L.R.6th	A.L.R. 6th	specialty	American Law Reports		
A.L.T. Bankr.	Am. Law T. Rep. Bankr.	specialty	American Law Times, Bankruptcy Reports, United States (US) Courts		
A.M.C.	A.M.C.	specialty	American Maritime Cases	1923	
A.N.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
A.N.C.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
A.R.	A.	state_regional	Atlantic Reporter	1885	1938
A.Rep.	A.	state_regional	Atlantic Reporter	1885	1938
A2d	A.2d	state_regional	Atlantic Reporter	1938	2010
A3d	A.3d	state_regional	Atlantic Reporter	2010	
AD	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
AD 2d	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
AD 3d	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
AD2d	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
AD3d	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
AEC	A.E.C.	federal	Atomic Energy Commission Reports		
AFTR (P-H)	A.F.T.R. (P-H)	specialty	American Federal Tax Reports		
AFTR (RIA)	A.F.T.R. (RIA)	specialty	American Federal Tax Reports		1957
AFTR2d (RIA)	A.F.T.R.2d (RIA)	specialty	American Federal Tax Reports	1958	
AK Marsh	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
ALR	A.L.R.	specialty	American Law Reports		
ALR 2d	A.L.R. 2d	specialty	American Law Reports		
ALR 3d	A.L.R. 3d	specialty	American Law Reports		
ALR 4th	A.L.R. 4th	specialty	American Law Reports		
ALR 5th	A.L.R. 5th	specialty	American Law Reports		
ALR 6th	A.L.R. 6th	specialty	American Law Reports		
ALR Fed	A.L.R. Fed.	federal	American Law Reports Annotated, Federal		
ALR Fed 2d	A.L.R. Fed. 2d	federal	American Law Reports Annotated, Federal		
AMC	A.M.C.	specialty	American Maritime Cases	1923	
AOA	AOA	state	Anderson's Unreported Ohio Appellate Cases: cases argued and determined in the Ohio courts of appeal		
ARK.	Ark.	neutral	Arkansas Reports	2009	
ARK.	Ark.	state	Arkansas Reports	1837	2008
AWCC	AWCC	neutral	Arkansas Neutral Citation (Workers Compensation Commission)		
AZ	AZ	neutral	Arizona Neutral Citation		
Abb	Abb.	federal	Abbott, United States Circuit and District Court Reports	1863	1871
Abb Adm	Abb. Adm.	specialty	Abbott's Admiralty Reports		
Abb Ct App	Abb. Ct. App.	state	Abbott's Court of Appeals Decisions	1807	1869
Abb N Cas	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
Abb Pr	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abb Pr (ns)	Abb. Pr. (n.s.)	state	Abbott's Practice Reports	1863	1875
Abb.	Abb.	federal	Abbott, United States Circuit and District Court Reports	1863	1871
Abb. (U. S.)	Abb.	federal	Abbott, United States Circuit and District Court Reports	1863	1871
Abb. Adm.	Abb. Adm.	specialty	Abbott's Admiralty Reports		
Abb. Ct. App.	Abb. Ct. App.	state	Abbott's Court of Appeals Decisions	1807	1869
Abb. Ct. App. Dec.	Abb. Ct. App.	state	Abbott's Court of Appeals Decisions	1807	1869
Abb. N. C.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
Abb. N. Cas.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
Abb. Pr.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abb. Pr. (n.s.)	Abb. Pr. (n.s.)	state	Abbott's Practice Reports	1863	1875
Abb. Rep.	Abb.	federal	Abbott, United States Circuit and District Court Reports	1863	1871
Abb. U. S.	Abb.	federal	Abbott, United States Circuit and District Court Reports	1863	1871
Abb.N. Cas.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
Abb.N.C.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
Abb.N.Cas.	Abb. N. Cas.	state	Abbott's New Cases	1876	1894
Abb.P.R.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abb.Pr.Rep.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abb.Prac.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abbott P.R.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abbott Pr.Rep.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abbott Pract.Cas.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abbott's Pr.Rep.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abbott's Prac.Rep.	Abb. Pr.	state	Abbott's Practice Reports	1854	1865
Abbotts	Abbotts	specialty	Abbott's Reports		
Abs	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Accom Disabilities Dec (CCH)	Accom. Disabilities Dec. (CCH)	specialty	CCH Accommodating Disabilities Decisions		
Accom. Disabilities Dec. (CCH)	Accom. Disabilities Dec. (CCH)	specialty	CCH Accommodating Disabilities Decisions		
Add	Add.	state	Reports of cases of the State of Pennsylvania by Alexander Addison	1791	1799
Add.	Add.	state	Reports of cases of the State of Pennsylvania by Alexander Addison	1791	1799
Adm Rec	Adm. Rec.	specialty	Admiralty Records		
Adm. Rec.	Adm. Rec.	specialty	Admiralty Records		
Adv S	Adv. S.	state	Mississippi Reporter Advance Sheets		
Adv. S.	Adv. S.	state	Mississippi Reporter Advance Sheets		
Adv.S.	Adv. S.	state	Mississippi Reporter Advance Sheets		
Agric Dec	Agric. Dec.	federal	Agriculture Decisions		
Agric. Dec	Agric. Dec.	federal	Agriculture Decisions		
Agric. Dec.	Agric. Dec.	federal	Agriculture Decisions		
Aik	Aik.	state	Vermont Reports, Aikens	1825	1828
Aik.	Aik.	state	Vermont Reports, Aikens	1825	1828
Aik. Rep.	Aik.	state	Vermont Reports, Aikens	1825	1828
Ak.	Ark.	state	Arkansas Reports	1837	2008
Ak. App.	Ark. App.	neutral	Arkansas Appellate Reports	2009	
Ak. App.	Ark. App.	state	Arkansas Appellate Reports	1981	2008
Ala	Ala.	state	Alabama Reports	1840	1976
Ala 2d	Ala. 2d	state	Alabama Reports	1977	
Ala App	Ala. App.	state	Alabama Appellate Courts Reports	1910	1976
Ala App LEXIS	Ala. App. LEXIS	state	LexisNexis Alabama Appeals Court	1911	1969
Ala Civ App LEXIS	Ala. Civ. App. LEXIS	state	LexisNexis Alabama Court of Civil Appeals		
Ala Crim App LEXIS	Ala. Crim. App. LEXIS	state	LexisNexis Alabama Court of Criminal Appeals		
Ala LEXIS	Ala. LEXIS	state	LexisNexis Alabama Supreme Court		
Ala.	Ala.	state	Alabama Reports	1840	1976
Ala. (N.S.)	Ala.	state	Alabama Reports	1840	1976
Ala. 2d	Ala. 2d	state	Alabama Reports	1977	
Ala. App.	Ala. App.	state	Alabama Appellate Courts Reports	1910	1976
Ala. App. LEXIS	Ala. App. LEXIS	state	LexisNexis Alabama Appeals Court	1911	1969
Ala. Civ. App. LEXIS	Ala. Civ. App. LEXIS	state	LexisNexis Alabama Court of Civil Appeals		
Ala. Crim. App. LEXIS	Ala. Crim. App. LEXIS	state	LexisNexis Alabama Court of Criminal Appeals		
Ala. LEXIS	Ala. LEXIS	state	LexisNexis Alabama Supreme Court		
Ala. Rep.	Ala.	state	Alabama Reports	1840	1976
Ala.App.	Ala. App.	state	Alabama Appellate Courts Reports	1910	1976
Alas App LEXIS	Alas. App. LEXIS	state	LexisNexis Alaska Appeals Court		
Alas LEXIS	Alas. LEXIS	state	LexisNexis Alaska Supreme Court		
Alas. App. LEXIS	Alas. App. LEXIS	state	LexisNexis Alaska Appeals Court		
Alas. LEXIS	Alas. LEXIS	state	LexisNexis Alaska Supreme Court		
Alaska	Alaska	state	Alaska Reports	1884	1959
Alaska Fed	Alaska Fed.	state	Alaska Federal Reports	1869	1937
Alaska Fed.	Alaska Fed.	state	Alaska Federal Reports	1869	1937
Alaska Fed.R.	Alaska Fed.	state	Alaska Federal Reports	1869	1937
Alaska Fed.Rep.	Alaska Fed.	state	Alaska Federal Reports	1869	1937
Alb Law J	Alb. Law J.	specialty	Albany Law Journal		
Alb. Law J.	Alb. Law J.	specialty	Albany Law Journal		
Alk.	Alaska	state	Alaska Reports	1884	1959
All.	Allen	state	Massachusetts Reports, Allen	1861	1867
All. Rep.	Allen	state	Massachusetts Reports, Allen	1861	1867
Allen	Allen	state	Massachusetts Reports, Allen	1861	1867
Allen	Wash. Terr.	state	Washington Territory Reports	1854	1888
Am & Eng R Cas	Am. & Eng. R. Cas.	specialty	American and English Railroad Cases.	1879	1895
Am Ann Cas	Am. Ann. Cas.	state_regional	American Annotated Cases	1904	1912
Am BR	Am. B.R.	specialty	American Bankruptcy Reports		
Am BR (NS)	Am. B.R. (N.S.)	specialty	American Bankruptcy Reports		
Am Dec	Am. Dec.	federal	American Decisions		
Am Dec.	Am. Dec.	federal	American Decisions		
Am Disabilities Cas (BNA)	Am. Disabilities Cas. (BNA)	specialty	Americans with Disabilities Cases (BNA)		
Am Disabilities Dec	Am. Disabilities Dec.	specialty	Americans with Disabilities Decisions		
Am Jur	Am. Jur.	federal	American Jurist and Law Magazine	1829	1843
Am Law Rec	Am. Law. Rec.	federal	American Law Record	1872	1887
Am Law Reg	Am. Law Reg.	state	American Law Register	1853	1861
Am Law Reg (NS)	Am. Law Reg. (N.S.)	state	American Law Register	1862	1878
Am Law Rev.	Amer. L. Rev.	federal	American Law Review		
Am Law T	Am. Law T.	federal	American Law Times	1870	1871
Am Law T Rep (N S)	Am. Law T. Rep. (N. S.)	federal	American Law Times Reports, New Series	1874	1877
Am Law T Rep Bankr	Am. Law T. Rep. Bankr.	specialty	American Law Times, Bankruptcy Reports, United States (US) Courts		
Am Law T Rep US Cts	Am. Law T. Rep. U.S. Cts.	federal	American Law Times Reports, United States (US) Courts	1868	1874
Am Lead Cas	Am. Lead. Cas.	federal	American Leading Cases		
Am Neg Ca	Am. Neg. Ca.	state	American Negligence Cases	1789	1897
Am Neg Cas	Am. Neg. Cas.	state	American Negligence Cases	1789	1907
Am Neg Cases	Am. Neg. Cases	state	American Negligence Cases	1789	1987
Am Rep	Am. Rep.	state_regional	American Reports		
Am Ry Rep	Am. Ry. Rep.	federal	American Railway Reports	1873	1881
Am Samoa	Am. Samoa	state	American Samoa Reports	1900	1975
Am Samoa 2d	Am. Samoa 2d	state	American Samoa Reports	1978	1999
Am Samoa 3d	Am. Samoa 3d	state	American Samoa Reports	1993	
Am St Rep	Am. St. Rep.	state	American State Reports	1888	
Am Tribal Law	Am. Tribal Law	state	West's American Tribal Law Reporter	1997	
Am. & Eng. R. Cas.	Am. & Eng. R. Cas.	specialty	American and English Railroad Cases.	1879	1895
Am. Ann. Cas.	Am. Ann. Cas.	state_regional	American Annotated Cases	1904	1912
Am. B.R.	Am. B.R.	specialty	American Bankruptcy Reports		
Am. B.R. (N.S.)	Am. B.R. (N.S.)	specialty	American Bankruptcy Reports		
Am. B.R. (n.s.)	Am. B.R. (N.S.)	specialty	American Bankruptcy Reports		
Am. D.	Am. Dec.	federal	American Decisions		
Am. Dec's.	Am. Dec.	federal	American Decisions		
Am. Dec.	Am. Dec.	federal	American Decisions		
Am. Disabilities Cas. (BNA)	Am. Disabilities Cas. (BNA)	specialty	Americans with Disabilities Cases (BNA)		
Am. Disabilities Dec.	Am. Disabilities Dec.	specialty	Americans with Disabilities Decisions		
Am. Jur.	Am. Jur.	federal	American Jurist and Law Magazine	1829	1843
Am. L. C.	Am. Lead. Cas.	federal	American Leading Cases		
Am. L. Cas	Am. Lead. Cas.	federal	American Leading Cases		
Am. L. Reg., n.s.	Am. Law Reg. (N.S.)	state	American Law Register	1862	1878
Am. Law J.	Amer. Law J.	federal	American Law Journal	1808	1817
Am. Law J. (N. S.)	Amer. Law J. (N. S.)	federal	American Law Journal, New Series	1848	1852
Am. Law J. (U. S.)	Amer. Law J.	federal	American Law Journal	1808	1817
Am. Law Rec.	Am. Law. Rec.	federal	American Law Record	1872	1887
Am. Law Reg.	Am. Law Reg.	state	American Law Register	1853	1861
Am. Law Reg. (N. S.)	Am. Law Reg. (N.S.)	state	American Law Register	1862	1878
Am. Law Reg. (N.S.)	Am. Law Reg. (N.S.)	state	American Law Register	1862	1878
Am. Law Rev.	Amer. L. Rev.	federal	American Law Review		
Am. Law T.	Am. Law T.	federal	American Law Times	1870	1871
Am. Law T. (N. S.)	Am. Law T. Rep. (N. S.)	federal	American Law Times Reports, New Series	1874	1877
Am. Law T. Rep.	Am. Law T.	federal	American Law Times	1870	1871
Am. Law T. Rep. (N. S.)	Am. Law T. Rep. (N. S.)	federal	American Law Times Reports, New Series	1874	1877
Am. Law T. Rep. (U. S. Cts.)	Am. Law T. Rep. U.S. Cts.	federal	American Law Times Reports, United States (US) Courts	1868	1874
Am. Law T. Rep. Bankr.	Am. Law T. Rep. Bankr.	specialty	American Law Times, Bankruptcy Reports, United States (US) Courts		
Am. Law T. Rep. U. S. Cts.	Am. Law T. Rep. U.S. Cts.	federal	American Law Times Reports, United States (US) Courts	1868	1874
Am. Law T. Rep. U.S. Cts.	Am. Law T. Rep. U.S. Cts.	federal	American Law Times Reports, United States (US) Courts	1868	1874
Am. Law. Rec.	Am. Law. Rec.	federal	American Law Record	1872	1887
Am. Lead. Cas.	Am. Lead. Cas.	federal	American Leading Cases		
Am. Leading Cas	Am. Lead. Cas.	federal	American Leading Cases		
Am. Neg. Ca.	Am. Neg. Ca.	state	American Negligence Cases	1789	1897
Am. Neg. Cas.	Am. Neg. Cas.	state	American Negligence Cases	1789	1907
Am. Neg. Cases	Am. Neg. Cases	state	American Negligence Cases	1789	1987
Am. Negl. Cas.	Am. Neg. Ca.	state	American Negligence Cases	1789	1897
Am. Rep.	Am. Rep.	state_regional	American Reports		
Am. Reports	Am. Rep.	state_regional	American Reports		
Am. Ry. Rep.	Am. Ry. Rep.	federal	American Railway Reports	1873	1881
Am. S. R.	Am. St. Rep.	state	American State Reports	1888	
Am. Samoa	Am. Samoa	state	American Samoa Reports	1900	1975
Am. Samoa 2d	Am. Samoa 2d	state	American Samoa Reports	1978	1999
Am. Samoa 3d	Am. Samoa 3d	state	American Samoa Reports	1993	
Am. St. R.	Am. St. Rep.	state	American State Reports	1888	
Am. St. Rep.	Am. St. Rep.	state	American State Reports	1888	
Am. Tribal Law	Am. Tribal Law	state	West's American Tribal Law Reporter	1997	
Am.Ann.Cas.	Am. Ann. Cas.	state_regional	American Annotated Cases	1904	1912
Am.Negl.Cas.	Am. Neg. Cases	state	American Negligence Cases	1789	1987
Am.Rep.	Am. Rep.	state_regional	American Reports		
Am.S.R.	Am. St. Rep.	state	American State Reports	1888	
Am.St.R.	Am. St. Rep.	state	American State Reports	1888	
Am.St.Rep.	Am. St. Rep.	state	American State Reports	1888	
Amer L Rev	Amer. L. Rev.	federal	American Law Review		
Amer Law J	Amer. Law J.	federal	American Law Journal	1808	1817
Amer Law J (N S)	Amer. Law J. (N. S.)	federal	American Law Journal, New Series	1848	1852
Amer Law T Rep	Amer. Law T. Rep.	federal	American Law Times Reports, New Series.	1868	1873
Amer. Jur.	Am. Jur.	federal	American Jurist and Law Magazine	1829	1843
Amer. L. Rev.	Amer. L. Rev.	federal	American Law Review		
Amer. Law J.	Amer. Law J.	federal	American Law Journal	1808	1817
Amer. Law J. (N. S.)	Amer. Law J. (N. S.)	federal	American Law Journal, New Series	1848	1852
Amer. Law Reg.	Am. Law Reg.	state	American Law Register	1853	1861
Amer. Law Reg. (N. S.)	Am. Law Reg. (N.S.)	state	American Law Register	1862	1878
Amer. Law Rev.	Amer. L. Rev.	federal	American Law Review		
Amer. Law T. Rep.	Amer. Law T. Rep.	federal	American Law Times Reports, New Series.	1868	1873
American Leading Cases	Am. Lead. Cas.	federal	American Leading Cases		
American Leading Cases (U.S.)	Am. Lead. Cas.	federal	American Leading Cases		
Anderson's Ohio App. Cas.	Ohio App. Unrep.	state	Unreported Ohio Appellate Cases (Anderson)	1990	1990
Ant NP Cas	Ant. N.P. Cas.	state	Anthon's Nisi Prius Cases	1807	1851
Ant. N.P. Cas.	Ant. N.P. Cas.	state	Anthon's Nisi Prius Cases	1807	1851
Anth.	Ant. N.P. Cas.	state	Anthon's Nisi Prius Cases	1807	1851
Anthon N.P.(N.Y.)	Ant. N.P. Cas.	state	Anthon's Nisi Prius Cases	1807	1851
Ap.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
Ap.2d.	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
App Com'r Pat	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App DC	App. D.C.	state	Appeal Cases, District of Columbia	1893	1941
App Div	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App Div.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App.	Ohio App.	state	Ohio Appellate Reports	1913	
App. Com'r Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. Com'r of Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. Com'r. Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. Com'rs Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. Com. Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. Comm. Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. Comr. Pat.	App. Com'r Pat.	specialty	Appeals from the Commissioner of Patents	1881	
App. D.C.	App. D.C.	state	Appeal Cases, District of Columbia	1893	1941
App. Div	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App. Div.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App. Div. 2d	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
App. Div. 2d.	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
App. Div. 3d	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
App. Div. 3d.	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
App. Div. Rep.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App.D.C.	App. D.C.	state	Appeal Cases, District of Columbia	1893	1941
App.Div.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App.Div.(N.Y.)	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
App.Div.2d.	A.D.2d	state	New York Supreme Court Appellate Division Reports	1955	2004
App.Div.3d.	A.D.3d	state	New York Supreme Court Appellate Division Reports	2003	
Ariz	Ariz.	state	Arizona Reporter	1866	
Ariz Adv Rep	Ariz. Adv. Rep.	state	Arizona Advance Reports	1987	
Ariz App	Ariz. App.	state	Arizona Appeals Reports	1965	1976
Ariz App LEXIS	Ariz. App. LEXIS	state	LexisNexis Arizona Court of Appeals		
Ariz App Unpub LEXIS	Ariz. App. Unpub. LEXIS	state	LexisNexis Arizona Appeals Court Unpublished		
Ariz LEXIS	Ariz. LEXIS	state	LexisNexis Arizona Supreme Court		
Ariz Tax LEXIS	Ariz. Tax LEXIS	state	LexisNexis Arizona Supreme Court		
Ariz Unpub LEXIS	Ariz. Unpub. LEXIS	state	LexisNexis Arizona Supreme Court Unpublished		
Ariz.	Ariz.	state	Arizona Reporter	1866	
Ariz. Adv. Rep.	Ariz. Adv. Rep.	state	Arizona Advance Reports	1987	
Ariz. App.	Ariz. App.	state	Arizona Appeals Reports	1965	1976
Ariz. App. LEXIS	Ariz. App. LEXIS	state	LexisNexis Arizona Court of Appeals		
Ariz. App. Unpub. LEXIS	Ariz. App. Unpub. LEXIS	state	LexisNexis Arizona Appeals Court Unpublished		
Ariz. LEXIS	Ariz. LEXIS	state	LexisNexis Arizona Supreme Court		
Ariz. Tax LEXIS	Ariz. Tax LEXIS	state	LexisNexis Arizona Supreme Court		
Ariz. Unpub. LEXIS	Ariz. Unpub. LEXIS	state	LexisNexis Arizona Supreme Court Unpublished		
Ariz.App.	Ariz. App.	state	Arizona Appeals Reports	1965	1976
Arizona Cases Digest	Arizona Cases Digest	state	Arizona Cases Digest		
Ark	Ark.	neutral	Arkansas Reports	2009	
Ark	Ark.	state	Arkansas Reports	1837	2008
Ark Adv Op	Ark. Adv. Op.	state	Arkansas (AR) Advanced Opinions		
Ark App	Ark. App.	state	Arkansas Appellate Reports	1981	2008
Ark App LEXIS	Ark. App. LEXIS	state	LexisNexis Arkansas Court of Appeals		
Ark App'x	Ark. App'x	state	Arkansas Appendix		
Ark LEXIS	Ark. LEXIS	state	LexisNexis Arkansas Supreme Court		
Ark.	Ark.	neutral	Arkansas Reports	2009	
Ark.	Ark.	state	Arkansas Reports	1837	2008
Ark. Adv. Op.	Ark. Adv. Op.	state	Arkansas (AR) Advanced Opinions		
Ark. App'x	Ark. App'x	state	Arkansas Appendix		
Ark. App.	Ark. App.	neutral	Arkansas Appellate Reports	2009	
Ark. App.	Ark. App.	state	Arkansas Appellate Reports	1981	2008
Ark. App. LEXIS	Ark. App. LEXIS	state	LexisNexis Arkansas Court of Appeals		
Ark. Appx.	Ark. App'x	state	Arkansas Appendix		
Ark. LEXIS	Ark. LEXIS	state	LexisNexis Arkansas Supreme Court		
Ark. Rep.	Ark.	state	Arkansas Reports	1837	2008
Ark. Terr. Rep.	Hempst.	state	Hempstead (AR)		
Ark.App.	Ark. App.	neutral	Arkansas Appellate Reports	2009	
Ark.App.	Ark. App.	state	Arkansas Appellate Reports	1981	2008
Armstrong Election Cases	Armstrong. Election Cases	state	Armstrong's Contested Election Cases in New York	1778	1871
Armstrong. Election Cases	Armstrong. Election Cases	state	Armstrong's Contested Election Cases in New York	1778	1871
At.	A.	state_regional	Atlantic Reporter	1885	1938
At. Rep.	A.	state_regional	Atlantic Reporter	1885	1938
Atl.	A.	state_regional	Atlantic Reporter	1885	1938
Atl. Rep.	A.	state_regional	Atlantic Reporter	1885	1938
Atl.2d	A.2d	state_regional	Atlantic Reporter	1938	2010
Atl.R.	A.	state_regional	Atlantic Reporter	1885	1938
Auto Cas	Auto. Cas.	specialty	Automobile Cases (CCH)	1895	
Auto Cas2d	Auto. Cas.2d	specialty	Automobile Cases (CCH)	1895	
Auto. Cas.	Auto. Cas.	specialty	Automobile Cases (CCH)	1895	
Auto. Cas. (CCH)	Auto. Cas.	specialty	Automobile Cases (CCH)	1895	
Auto. Cas. 2d	Auto. Cas.2d	specialty	Automobile Cases (CCH)	1895	
Auto. Cas. 2d (CCH)	Auto. Cas.2d	specialty	Automobile Cases (CCH)	1895	
Auto. Cas.2d	Auto. Cas.2d	specialty	Automobile Cases (CCH)	1895	
Av Cas (CCH)	Av. Cas. (CCH)	specialty	Aviation Cases (CCH)	1903	
Av. Cas.	Av. Cas. (CCH)	specialty	Aviation Cases (CCH)	1903	
Av. Cas. (CCH)	Av. Cas. (CCH)	specialty	Aviation Cases (CCH)	1903	
B Mon	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
B Stockton	Stock.	state	Stockton's New Jersey Equity Reports		
B.	Barb.	state	Barbour's Supreme Court Reports	1847	1877
B. Mon	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
B. Mon.	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
B. Mon. Rep.	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
B. R.	B.R.	specialty	Bankruptcy Reporter	1979	
B. Stockton	Stock.	state	Stockton's New Jersey Equity Reports		
B.C.A. (CCH)	B.C.A. (CCH)	specialty	Board of Contract Appeals Decisions		
B.C.D.	Bankr. Ct. Dec. (CRR)	specialty	Bankruptcy Court Decisions		
B.R.	B.R.	specialty	Bankruptcy Reporter	1979	
B.R.	Balt. C. Rep.	state	Baltimore City Reports		
B.Stockton	Stock.	state	Stockton's New Jersey Equity Reports		
B.T.A.	B.T.A.	specialty	Reports of the United States Board of Tax Appeals	1924	1942
B.T.A.M. (P-H)	B.T.A.M. (P-H)	specialty	Board of Tax Appeals Memorandum Decisions	1928	1942
BCA	BCA	federal	Board of Contract Appeals Decisions, published by Commerce Clearing House		
BCA (CCH)	B.C.A. (CCH)	specialty	Board of Contract Appeals Decisions		
BLUE SKY L. REP. (CCH)	Blue Sky L. Rep. (CCH)	specialty	Blue Sky Law Reports		
BNA IER CAS	I.E.R. Cas. (BNA)	specialty	Individual Employment Rights Cases		
BNA OSHC	BNA OSHC	specialty	Occupational Safety & Health Cases		
BNA OSHC	OSHC (BNA)	specialty	Occupational Safety and Health Cases		
BNH	BNH	federal	United States Bankruptcy Court for the District of New Hampshire		
BR	B.R.	specialty	Bankruptcy Reporter	1979	
BTA	B.T.A.	specialty	Reports of the United States Board of Tax Appeals	1924	1942
BTA LEXIS	BTA LEXIS	specialty_lexis	Board of Tax Appeals Lexis	1928	1942
BTAM (P-H)	B.T.A.M. (P-H)	specialty	Board of Tax Appeals Memorandum Decisions	1928	1942
BTR	Brief Times Rptr.	state	Brief Times Reporter	1977	1996
Backes	Backes	state	Backes' Reporter		
Bai.	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bai.Eq.	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bail	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bail Eq	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bail.	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bail. Eq.	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bail. Rep.	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bail.Eq.(S.C.)	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bail.L.	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bail.L.(S.C.)	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bailey	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bailey	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bailey Ch.	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bailey Eq.	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bailey Rep.	Bail.	state	South Carolina Reports, Bailey	1828	1832
Bailey Rep.	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
Bald	Baldw.	federal	Baldwin's United States Circuit Court Reports		
Bald. C.C.	Baldw.	federal	Baldwin's United States Circuit Court Reports		
Baldw	Baldw.	federal	Baldwin's United States Circuit Court Reports		
Baldw.	Baldw.	federal	Baldwin's United States Circuit Court Reports		
Baldwin's C.C. U.S. Rep	Baldw.	federal	Baldwin's United States Circuit Court Reports		
Baldwin's Rep.	Baldw.	federal	Baldwin's United States Circuit Court Reports		
Balt C Rep	Balt. C. Rep.	state	Baltimore City Reports		
Balt Law Trans	Balt. Law Trans.	state	Baltimore Law Transcript	1868	1870
Balt. C. Rep.	Balt. C. Rep.	state	Baltimore City Reports		
Balt. Law Trans.	Balt. Law Trans.	state	Baltimore Law Transcript	1868	1870
Ban & A	Ban. & A.	specialty	Banning & Arden's Patent Reports (US)		
Ban. & A.	Ban. & A.	specialty	Banning & Arden's Patent Reports (US)		
Banking Rep (BNA)	Banking Rep. (BNA)	specialty	BNA's Banking Report		
Banking Rep. (BNA)	Banking Rep. (BNA)	specialty	BNA's Banking Report		
Bankr Ct Dec (CRR)	Bankr. Ct. Dec. (CRR)	specialty	Bankruptcy Court Decisions		
Bankr Ct Dec (LRP)	Bankr. Ct. Dec. (LRP)	specialty	Bankruptcy Court Decisions		
Bankr Ct Rep	Bankr. Ct. Rep.	specialty	Bankruptcy Court Reporter		
Bankr L Rep	Bankr. L. Rep.	specialty	Bankruptcy Law Reporter		
Bankr LEXIS	Bankr. LEXIS	specialty	LexisNexis Bankruptcy Reporter	1979	
Bankr Rep (St Louis BA)	Bankr. Rep (St. Louis B.A.)	specialty	Bankruptcy Reports (St. Louis B.A.)		
Bankr. Ct. Dec.	Bankr. Ct. Dec. (CRR)	specialty	Bankruptcy Court Decisions		
Bankr. Ct. Dec. (CRR)	Bankr. Ct. Dec. (CRR)	specialty	Bankruptcy Court Decisions		
Bankr. Ct. Dec. (LRP)	Bankr. Ct. Dec. (LRP)	specialty	Bankruptcy Court Decisions		
Bankr. Ct. Rep.	Bankr. Ct. Rep.	specialty	Bankruptcy Court Reporter		
Bankr. L. Rep.	Bankr. L. Rep.	specialty	Bankruptcy Law Reporter		
Bankr. L. Rep. (C.C.H.)	Bankr. L. Rep.	specialty	Bankruptcy Law Reporter		
Bankr. L. Rep. (CCH)	Bankr. L. Rep.	specialty	Bankruptcy Law Reporter		
Bankr. LEXIS	Bankr. LEXIS	specialty	LexisNexis Bankruptcy Reporter	1979	
Bankr. Reg. Supp.	N.B.R. (Supp.)	specialty	National Bankruptcy Register Reports, Supplement		
Bankr. Rep (St. Louis B.A.)	Bankr. Rep (St. Louis B.A.)	specialty	Bankruptcy Reports (St. Louis B.A.)		
Bankr.Ct.Dec.	Bankr. Ct. Dec. (CRR)	specialty	Bankruptcy Court Decisions		
Barb	Barb.	state	Barbour's Supreme Court Reports	1847	1877
Barb Ch	Barb. Ch.	state	Barbour's Chancery Reports	1845	1848
Barb.	Barb.	state	Barbour's Supreme Court Reports	1847	1877
Barb. Ch.	Barb. Ch.	state	Barbour's Chancery Reports	1845	1848
Barb. Ch. Rep.	Barb. Ch.	state	Barbour's Chancery Reports	1845	1848
Barb. Rep.	Barb.	state	Barbour's Supreme Court Reports	1847	1877
Barb.Ch.(N.Y.)	Barb. Ch.	state	Barbour's Chancery Reports	1845	1848
Barb.S.C.	Barb.	state	Barbour's Supreme Court Reports	1847	1877
Bax.	Baxt.	state	Baxter's Reports (60-68 Tennessee)		
Baxt	Baxt.	state	Baxter's Reports (60-68 Tennessee)		
Baxt.	Baxt.	state	Baxter's Reports (60-68 Tennessee)		
Baxt. (Tenn.)	Baxt.	state	Baxter's Reports (60-68 Tennessee)		
Baxter	Baxt.	state	Baxter's Reports (60-68 Tennessee)		
Bay	Bay	state	South Carolina Reports, Bay	1783	1804
Bayard's Notebook	Bayard's Notebook	specialty	Bayard's Notebook	1792	1830
Bayard’s Notebook	Bayard's Notebook	specialty	Bayard's Notebook	1792	1830
Bedell	Bedell	state	Bedell	1900	1909
Bee	Bee	scotus_early	Bee's United States (US) District Court Reports		
Bee.	Bee	scotus_early	Bee's United States (US) District Court Reports		
Beeler	Beeler	state	Beeler's Reports (Tenn.)		
Ben	Ben.	federal	Benedict United States District Reports		
Ben Rev Bd Serv (MB)	Ben. Rev. Bd. Serv. (MB)	specialty	Benefits Review Board Service		
Ben.	Ben.	federal	Benedict United States District Reports		
Ben. Rev. Bd. Serv. (MB)	Ben. Rev. Bd. Serv. (MB)	specialty	Benefits Review Board Service		
Bett's D. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts D. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts' C. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts' D. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts' D. C. MSS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts' Dec	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts' Dec.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts' Scr Bk	Betts' Scr. Bk.	state	Betts' Scrap Book.	1839	1862
Betts' Scr. Bk.	Betts' Scr. Bk.	state	Betts' Scrap Book.	1839	1862
Betts, C. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts, D C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts, D. C.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts, D. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts, D. C. MSS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts, D. C. Ms.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts, Scr. Bk.	Betts' Scr. Bk.	state	Betts' Scrap Book.	1839	1862
Betts. C. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts. D C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts. D. C. MS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Betts. D. C. MSS.	Betts' Dec.	federal	Reports of Cases Argued and Determined in the District Court of the United States for the Southern District of New York		
Bibb	Bibb	state	Kentucky Reports, Bibb	1808	1817
Bibb Rep.	Bibb	state	Kentucky Reports, Bibb	1808	1817
Bibb(Ky.)	Bibb	state	Kentucky Reports, Bibb	1808	1817
Bigelow Ins Rep	Bigelow. Ins. Rep.	specialty	Bigelow's Insurance Reports		
Bigelow's Insurance Reports	Bigelow. Ins. Rep.	specialty	Bigelow's Insurance Reports		
Bigelow. Ins. Rep.	Bigelow. Ins. Rep.	specialty	Bigelow's Insurance Reports		
Bin.	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Bin. Rep.	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Binn	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Binn [Pa]	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Binn.	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Binn. Rep.	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Binn.(Pa.)	Binn.	state	Pennsylvania State Reports, Binney	1799	1814
Biss	Biss.	federal	Bissell's United States Circuit Court Reports		
Biss.	Biss.	federal	Bissell's United States Circuit Court Reports		
Biss. (U.S.) Bissell's	Biss.	federal	Bissell's United States Circuit Court Reports		
Bissell	Biss.	federal	Bissell's United States Circuit Court Reports		
Bk. Reg.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
Bl.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Bl. C.C.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Bl. C.C.R.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Black	Black	scotus_early	Black's Supreme Court Reports	1861	1862
Black R.	Black	scotus_early	Black's Supreme Court Reports	1861	1862
Black Rep.	Black	scotus_early	Black's Supreme Court Reports	1861	1862
Black.	Blackf.	state	Indiana Reports, Blackford	1817	1847
Black. Rep.	Blackf.	state	Indiana Reports, Blackford	1817	1847
Blackf	Blackf.	state	Indiana Reports, Blackford	1817	1847
Blackf.	Blackf.	state	Indiana Reports, Blackford	1817	1847
Blackf. Rep.	Blackf.	state	Indiana Reports, Blackford	1817	1847
Blackf.(Ind.)	Blackf.	state	Indiana Reports, Blackford	1817	1847
Bland	Bland	state	Reports of cases decided in the High court of chancery of Maryland (Bland, Chancellor)	1797	1832
Blat. C.C.R.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatch	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatch. (U.S. Cir. Ct.)	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatchf	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatchf & H	Blatchf. & H.	scotus_early	Blatchford and Howland's Reports.	1827	1837
Blatchf Pr Cas	Blatchf. Pr. Cas.	federal	Blatchford's United States District Court Prize Cases	1861	1865
Blatchf.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatchf. & H.	Blatchf. & H.	scotus_early	Blatchford and Howland's Reports.	1827	1837
Blatchf. (U.S. Circ. Ct.)	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatchf. C.C.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatchf. C.C. Rep.	Blatchf.	federal	Blatchford's United States Circuit Court Reports		
Blatchf. Pr. Cas.	Blatchf. Pr. Cas.	federal	Blatchford's United States District Court Prize Cases	1861	1865
Blatchf. Prize Cas.	Blatchf. Pr. Cas.	federal	Blatchford's United States District Court Prize Cases	1861	1865
Blm. Neg.	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
Bloom. Man.	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
Bloom. Man. Neg. Cas.	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
Blue Sky L Rep (CCH)	Blue Sky L. Rep. (CCH)	specialty	Blue Sky Law Reports		
Blue Sky L. Rep.	Blue Sky L. Rep. (CCH)	specialty	Blue Sky Law Reports		
Blue Sky L. Rep. (CCH)	Blue Sky L. Rep. (CCH)	specialty	Blue Sky Law Reports		
Blume Op.	Blume Unrep. Op.	state	Blume, Unreported Opinions	1836	1843
Blume Sup Ct Trans	Blume Sup. Ct. Trans.	state	Blume, Supreme Court Transactions	1805	1836
Blume Sup. Ct. Trans.	Blume Sup. Ct. Trans.	state	Blume, Supreme Court Transactions	1805	1836
Blume Sup.Ct.Trans.	Blume Sup. Ct. Trans.	state	Blume, Supreme Court Transactions	1805	1836
Blume Unrep Op	Blume Unrep. Op.	state	Blume, Unreported Opinions	1836	1843
Blume Unrep. Op.	Blume Unrep. Op.	state	Blume, Unreported Opinions	1836	1843
Bond	Bond	federal	Bond's United States (US) Circuit Reports		
Bond.	Bond	federal	Bond's United States (US) Circuit Reports		
Bosw	Bosw.	state	Bosworth's Reports (14-23 New York Superior)		
Bosw.	Bosw.	state	Bosworth's Reports (14-23 New York Superior)		
Bosworth Super. Ct. Rep.	Bosw.	state	Bosworth's Reports (14-23 New York Superior)		
Boyce	Boyce	state	Delaware Reports, Boyce	1909	1920
Brad.	Bradf.	state	Iowa Reports, Bradford	1838	1841
Bradf	Bradf.	state	Iowa Reports, Bradford	1838	1841
Bradf.	Bradf.	state	Iowa Reports, Bradford	1838	1841
Bradford	Bradf.	state	Iowa Reports, Bradford	1838	1841
Brayt	Brayt.	state	Vermont Reports, Brayton	1815	1819
Brayt.	Brayt.	state	Vermont Reports, Brayton	1815	1819
Brayton (Vt.)	Brayt.	state	Vermont Reports, Brayton	1815	1819
Breese	Breese	state	Illinois Reports, Breese	1819	1831
Brev	Brev.	state	South Carolina Reports, Brevard	1793	1816
Brev.	Brev.	state	South Carolina Reports, Brevard	1793	1816
Brev. Rep.	Brev.	state	South Carolina Reports, Brevard	1793	1816
Brief Times Rptr	Brief Times Rptr.	state	Brief Times Reporter	1977	1996
Brief Times Rptr.	Brief Times Rptr.	state	Brief Times Reporter	1977	1996
Brightly	Brightly	state	Reports of cases decided by the judges of the supreme court of Pennsylvania, in the court of nisi prius	1809	1851
Brock	Brock.	federal	Brockenbrough's Marshall's Decisions, United States Circuit Court		
Brock,	Brock.	federal	Brockenbrough's Marshall's Decisions, United States Circuit Court		
Brock.	Brock.	federal	Brockenbrough's Marshall's Decisions, United States Circuit Court		
Brock. Rep.	Brock.	federal	Brockenbrough's Marshall's Decisions, United States Circuit Court		
Brown Adm	Brown Adm.	specialty	Brown's Admiralty (U.S.)		
Brown Adm.	Brown Adm.	specialty	Brown's Admiralty (U.S.)		
Brown's Adm	Brown Adm.	specialty	Brown's Admiralty (U.S.)		
Brown's Adm.	Brown Adm.	specialty	Brown's Admiralty (U.S.)		
Brown, Adm.	Brown Adm.	specialty	Brown's Admiralty (U.S.)		
Brown. Adm.	Brown Adm.	specialty	Brown's Admiralty (U.S.)		
Browne (Pa)	Browne (Pa.)	state	Browne's Pennsylvania Reports	1801	1814
Browne (Pa.)	Browne (Pa.)	state	Browne's Pennsylvania Reports	1801	1814
Browne, (Pa.)	Browne (Pa.)	state	Browne's Pennsylvania Reports	1801	1814
Brun. Col. Cas.	Brunn. Coll. Cas.	federal	Brunner's Collected Cases (US)		
Brunn Coll Cas	Brunn. Coll. Cas.	federal	Brunner's Collected Cases (US)		
Brunn. Coll. Cas.	Brunn. Coll. Cas.	federal	Brunner's Collected Cases (US)		
Brunner, Col. Cas.	Brunn. Coll. Cas.	federal	Brunner's Collected Cases (US)		
Brunner. Col. Cas.	Brunn. Coll. Cas.	federal	Brunner's Collected Cases (US)		
Buch.	Buchanan	state	Buchanan's Reports	1907	1916
Buchan.	Buchanan	state	Buchanan's Reports	1907	1916
Buchanan	Buchanan	state	Buchanan's Reports	1907	1916
Buchanan.	Buchanan	state	Buchanan's Reports	1907	1916
Bur	Bur.	state	Wisconsin Reports, Burnett	1841	1843
Bur.	Bur.	state	Wisconsin Reports, Burnett	1841	1843
Bur. Rep.	Bur.	state	Wisconsin Reports, Burnett	1841	1843
Burnett	Bur.	state	Wisconsin Reports, Burnett	1841	1843
Burnett (Wis.)	Bur.	state	Wisconsin Reports, Burnett	1841	1843
Burr's Trial	Burr's Trial	state	The Trial of Col. Aaron Burr on an Indictment for Treason	1864	
Burr’s Trial	Burr's Trial	state	The Trial of Col. Aaron Burr on an Indictment for Treason	1864	
Bus Franchise Guide (CCH)	Bus. Franchise Guide (CCH)	specialty	Business Franchise Guide		
Bus. Franchise Guide (CCH)	Bus. Franchise Guide (CCH)	specialty	Business Franchise Guide		
Busb	Busb.	state	North Carolina Reports, Busbee's Law	1852	1853
Busb Eq	Busb. Eq.	state	North Carolina Reports, Busbee's Equity	1852	1853
Busb.	Busb.	state	North Carolina Reports, Busbee's Law	1852	1853
Busb. Eq.	Busb. Eq.	state	North Carolina Reports, Busbee's Equity	1852	1853
Busb.L.	Busb.	state	North Carolina Reports, Busbee's Law	1852	1853
Busbee Eq.(N.C.)	Busb. Eq.	state	North Carolina Reports, Busbee's Equity	1852	1853
Bush	Bush	state	Kentucky Reports, Bush	1866	1879
Bush (Ky.)	Bush	state	Kentucky Reports, Bush	1866	1879
C.	Cow.	state	Cowen's Reports	1823	1829
C. C. A.	C.C.A.	federal	United States Circuit Courts of Appeals Reports		1920
C. C. A. Rep.	C.C.A.	federal	United States Circuit Courts of Appeals Reports		1920
C. Cls.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
C. Cls. R.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
C.& C.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
C.B.	C.B.	specialty	Cumulative Bulletin		
C.B.C.	Collier Bankr. Cas.	specialty	Collier Bankruptcy Cases		
C.C.	Cole. Cas.	state	Coleman's Cases	1791	1800
C.C.A.	C.C.A.	federal	United States Circuit Courts of Appeals Reports		1920
C.C.L.J.	C.C.L.J.	state	Centre County Legal Journal (Pa.)		
C.C.P.A.	C.C.P.A.	specialty	Court of Customs and Patent Appeals Reports	1929	1982
C.I.T.	Ct. Int'l Trade	specialty	Court of International Trade Reports	1980	
C.M.A.	C.M.A.	specialty	Decisions of the United States Court of Military Appeals	1951	1975
C.M.R.	C.M.R.	specialty	Court Martial Records	1951	1975
CAAF LEXIS	CAAF LEXIS	specialty	LexisNexis Court of Appeals for the Armed Forces		
CB	C.B.	specialty	Cumulative Bulletin		
CCA	C.C.A.	federal	United States Circuit Courts of Appeals Reports		1920
CCA LEXIS	CCA LEXIS	specialty	LexisNexis United States Court of Criminal Appeals	1951	
CCH OSHD	CCH OSHD	specialty	Occupational Safety and Health Decisions (CCH)		
CCH Tax Ct. Mem.	Tax Ct. Mem. Dec. (CCH)	specialty	Tax Court Memorandum Decisions	1900	
CCH Unemployment Ins. Rep.	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
CCH, Unemployment Ins. Rep.	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
CCLJ	C.C.L.J.	state	Centre County Legal Journal (Pa.)		
CCPA	C.C.P.A.	specialty	Court of Customs and Patent Appeals Reports	1929	1982
CCPA LEXIS	CCPA LEXIS	specialty	LexisNexis United States Court of Customs and Patent Appeals	1910	1982
CIT	CIT	neutral	Neutral citation for Court of International Trade		
CJ C.A.R.	CJ C.A.R.	specialty	Criminal Justice Cases and Annotated Reports		
CJ CAR	CJ C.A.R.	specialty	Criminal Justice Cases and Annotated Reports		
CLR	Conn. L. Rptr.	state	Connecticut Law Reporter	1990	
CMA	C.M.A.	specialty	Decisions of the United States Court of Military Appeals	1951	1975
CMA LEXIS	CMA LEXIS	specialty	LexisNexis United States Court of Military Appeals		
CMR	C.M.R.	specialty	Court Martial Records	1951	1975
CMR LEXIS	CMR LEXIS	specialty	LexisNexis United States Court of Military Review	1951	
CO	CO	neutral	Colorado Neutral Citation		
COA	COA	neutral	Colorado Court of Appeals Neutral Citation		
CSCR	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
CSCR	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Cai Cas	Cai. Cas.	state	Caines' Cases	1796	1805
Cai R	Cai. R.	state	Caines' Reports	1803	1805
Cai.	Cai. Cas.	state	Caines' Cases	1796	1805
Cai. Cas.	Cai. Cas.	state	Caines' Cases	1796	1805
Cai. R.	Cai. R.	state	Caines' Reports	1803	1805
Cai.Cas.Err.	Cai. Cas.	state	Caines' Cases	1796	1805
Cai.R.	Cai. R.	state	Caines' Reports	1803	1805
Cain.	Cai. Cas.	state	Caines' Cases	1796	1805
Cain. Rep.	Cai. Cas.	state	Caines' Cases	1796	1805
Caines	Cai. Cas.	state	Caines' Cases	1796	1805
Caines (N.Y.)	Cai. Cas.	state	Caines' Cases	1796	1805
Caines Cas.	Cai. Cas.	state	Caines' Cases	1796	1805
Caines Rep.	Cai. Cas.	state	Caines' Cases	1796	1805
Cal	Cal.	state	California Reports	1850	1934
Cal 2d	Cal. 2d	state	California Reports	1934	1969
Cal 3d	Cal. 3d	state	California Reports	1969	1991
Cal 3d Spec Trib Supp	Cal. 3d Spec. Trib Supp.	state	California Reports	1969	1991
Cal 4th	Cal. 4th	state	California Reports	1991	
Cal 4th CJP Supp	Cal. 4th CJP Supp.	state	California Reports, Supplement	1991	
Cal 5th	Cal. 5th	state	California Reports	1991	
Cal 5th CJP Supp	Cal. 5th CJP Supp.	state	California Reports, Supplement	1991	
Cal App	Cal. App.	state	California Appellate Reports	1905	1934
Cal App 2d	Cal. App. 2d	state	California Appellate Reports	1934	1969
Cal App 3d	Cal. App. 3d	state	California Appellate Reports	1969	1991
Cal App 4th	Cal. App. 4th	state	California Appellate Reports	1991	
Cal App 5th	Cal. App. 5th	state	California Appellate Reports	1991	
Cal App LEXIS	Cal. App. LEXIS	state	LexisNexis California Appeals Court		
Cal App Supp	Cal. App. Supp.	state	California Appellate Reports, Supplement	1929	
Cal App Supp 2d	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal App Supp 3d	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal App Supp 4th	Cal. App. Supp. 4th	state	California Appellate Reports, Supplement	1991	
Cal App Supp 5th	Cal. App. Supp. 5th	state	California Appellate Reports, Supplement	1991	
Cal App Unpub LEXIS	Cal. App. Unpub. LEXIS	state	LexisNexis California Appeals Court Unpublished		
Cal Bankr Ct Rep	Cal. Bankr. Ct. Rep.	specialty	California Bankruptcy Court Report		
Cal Comm Jud Perform LEXIS	Cal. Comm. Jud. Perform. LEXIS	state	LexisNexis California Commission on Judicial Performance		
Cal Comp Cases	Cal. Comp. Cases	specialty	California Compensation Cases		
Cal Daily Op Serv	Cal. Daily Op. Serv.	specialty_lexis	California Daily Opinions Service		
Cal Dist Ct	Cal. Dist. Ct.	state	Reports of Cases Determined in the District Courts of the State of California		
Cal IAC	Cal. I.A.C.	specialty	Decisions of the Industrial Accident Commission of California		
Cal Jud Ethics Op LEXIS	Cal. Jud. Ethics Op. LEXIS	state	LexisNexis California Commission on Judicial Ethics		
Cal LEXIS	Cal. LEXIS	state	LexisNexis Supreme Court of California		
Cal Law J	Cal. Law J.	state	California Law Journal	1862	1863
Cal Law J & Lit Rev	Cal. Law J. & Lit. Rev.	state	California Law Journal and Literary Review	1862	1863
Cal Rptr	Cal. Rptr.	state	West's California Reporter	1959	1991
Cal Rptr 2d	Cal. Rptr. 2d	state	West's California Reporter	1992	2003
Cal Rptr 3d	Cal. Rptr. 3d	state	West's California Reporter	2003	
Cal Sup	Cal. Sup.	state	California Superior Court, Reports of Cases in Appellate Departments	1921	1926
Cal Super Ct	Cal. Super. Ct.	state	California Superior Court Decisions: Notable Cases	1921	1926
Cal Super LEXIS	Cal. Super. LEXIS	state	LexisNexis California Superior Court		
Cal Unrep	Cal. Unrep.	state	California Unreported Cases	1855	1910
Cal WCC	Cal. WCC	specialty	California Workers' Compensation Cases		
Cal.	Cal.	state	California Reports	1850	1934
Cal. 2d	Cal. 2d	state	California Reports	1934	1969
Cal. 3d	Cal. 3d	state	California Reports	1969	1991
Cal. 3d Spec. Trib Supp.	Cal. 3d Spec. Trib Supp.	state	California Reports	1969	1991
Cal. 4th	Cal. 4th	state	California Reports	1991	
Cal. 4th CJP Supp.	Cal. 4th CJP Supp.	state	California Reports, Supplement	1991	
Cal. 5th	Cal. 5th	state	California Reports	1991	
Cal. 5th CJP Supp.	Cal. 5th CJP Supp.	state	California Reports, Supplement	1991	
Cal. App.	Cal. App.	state	California Appellate Reports	1905	1934
Cal. App. 2d	Cal. App. 2d	state	California Appellate Reports	1934	1969
Cal. App. 2d Supp	Cal. App. 2d	state	California Appellate Reports	1934	1969
Cal. App. 2d Supp.	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal. App. 3d	Cal. App. 3d	state	California Appellate Reports	1969	1991
Cal. App. 3d Supp.	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal. App. 4th	Cal. App. 4th	state	California Appellate Reports	1991	
Cal. App. 4th Supp.	Cal. App. Supp. 4th	state	California Appellate Reports, Supplement	1991	
Cal. App. 5th	Cal. App. 5th	state	California Appellate Reports	1991	
Cal. App. 5th Supp.	Cal. App. Supp. 5th	state	California Appellate Reports, Supplement	1991	
Cal. App. LEXIS	Cal. App. LEXIS	state	LexisNexis California Appeals Court		
Cal. App. Rep.	Cal. App.	state	California Appellate Reports	1905	1934
Cal. App. Supp	Cal. App.	state	California Appellate Reports	1905	1934
Cal. App. Supp.	Cal. App. Supp.	state	California Appellate Reports, Supplement	1929	
Cal. App. Supp. 2d	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal. App. Supp. 3d	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal. App. Supp. 4th	Cal. App. Supp. 4th	state	California Appellate Reports, Supplement	1991	
Cal. App. Supp. 5th	Cal. App. Supp. 5th	state	California Appellate Reports, Supplement	1991	
Cal. App. Unpub. LEXIS	Cal. App. Unpub. LEXIS	state	LexisNexis California Appeals Court Unpublished		
Cal. App.2d	Cal. App. 2d	state	California Appellate Reports	1934	1969
Cal. App.3d	Cal. App. 3d	state	California Appellate Reports	1969	1991
Cal. App.4th	Cal. App. 4th	state	California Appellate Reports	1991	
Cal. Bankr. Ct. Rep.	Cal. Bankr. Ct. Rep.	specialty	California Bankruptcy Court Report		
Cal. Comm. Jud. Perform. LEXIS	Cal. Comm. Jud. Perform. LEXIS	state	LexisNexis California Commission on Judicial Performance		
Cal. Comp. Cas	Cal. Comp. Cases	specialty	California Compensation Cases		
Cal. Comp. Cases	Cal. Comp. Cases	specialty	California Compensation Cases		
Cal. Daily Op. Serv.	Cal. Daily Op. Serv.	specialty_lexis	California Daily Opinions Service		
Cal. Daily Op. Service	Cal. Daily Op. Serv.	specialty_lexis	California Daily Opinions Service		
Cal. Dist. Ct.	Cal. Dist. Ct.	state	Reports of Cases Determined in the District Courts of the State of California		
Cal. I.A.C.	Cal. I.A.C.	specialty	Decisions of the Industrial Accident Commission of California		
Cal. Jud. Ethics Op. LEXIS	Cal. Jud. Ethics Op. LEXIS	state	LexisNexis California Commission on Judicial Ethics		
Cal. LEXIS	Cal. LEXIS	state	LexisNexis Supreme Court of California		
Cal. Law J.	Cal. Law J.	state	California Law Journal	1862	1863
Cal. Law J. & Lit. Rev.	Cal. Law J. & Lit. Rev.	state	California Law Journal and Literary Review	1862	1863
Cal. Rep.	Cal.	state	California Reports	1850	1934
Cal. Rptr.	Cal. Rptr.	state	West's California Reporter	1959	1991
Cal. Rptr. 2d	Cal. Rptr. 2d	state	West's California Reporter	1992	2003
Cal. Rptr. 3d	Cal. Rptr. 3d	state	West's California Reporter	2003	
Cal. Rptr.2d	Cal. Rptr. 2d	state	West's California Reporter	1992	2003
Cal. Rptr.3d	Cal. Rptr. 3d	state	West's California Reporter	2003	
Cal. Sup.	Cal. Sup.	state	California Superior Court, Reports of Cases in Appellate Departments	1921	1926
Cal. Sup. (Cal.)	Cal. Sup.	state	California Superior Court, Reports of Cases in Appellate Departments	1921	1926
Cal. Super. Ct.	Cal. Super. Ct.	state	California Superior Court Decisions: Notable Cases	1921	1926
Cal. Super. LEXIS	Cal. Super. LEXIS	state	LexisNexis California Superior Court		
Cal. Supp.	Cal. Sup.	state	California Superior Court, Reports of Cases in Appellate Departments	1921	1926
Cal. Unrep.	Cal. Unrep.	state	California Unreported Cases	1855	1910
Cal. WCC	Cal. WCC	specialty	California Workers' Compensation Cases		
Cal.2d	Cal. 2d	state	California Reports	1934	1969
Cal.2nd	Cal. 2d	state	California Reports	1934	1969
Cal.3d	Cal. 3d	state	California Reports	1969	1991
Cal.3rd	Cal. 3d	state	California Reports	1969	1991
Cal.4th	Cal. 4th	state	California Reports	1991	
Cal.5th	Cal. 5th	state	California Reports	1991	
Cal.App.	Cal. App.	state	California Appellate Reports	1905	1934
Cal.App. 2d	Cal. App. 2d	state	California Appellate Reports	1934	1969
Cal.App. 2d Supp.	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal.App. 3d	Cal. App. 3d	state	California Appellate Reports	1969	1991
Cal.App. 3d Supp.	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal.App. 4th	Cal. App. 4th	state	California Appellate Reports	1991	
Cal.App. Supp. 2d	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal.App. Supp. 3d	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal.App. Supp.2d	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal.App. Supp.3d	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal.App.2d	Cal. App. 2d	state	California Appellate Reports	1934	1969
Cal.App.2d Supp.	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal.App.3d	Cal. App. 3d	state	California Appellate Reports	1969	1991
Cal.App.3d Supp.	Cal. App. Supp. 3d	state	California Appellate Reports, Supplement	1929	
Cal.App.4th	Cal. App. 4th	state	California Appellate Reports	1991	
Cal.App.4th Supp.	Cal. App. Supp. 4th	state	California Appellate Reports, Supplement	1991	
Cal.App.5th	Cal. App. 5th	state	California Appellate Reports	1991	
Cal.App.5th Supp.	Cal. App. Supp. 5th	state	California Appellate Reports, Supplement	1991	
Cal.App.Supp.	Cal. App. Supp.	state	California Appellate Reports, Supplement	1929	
Cal.App.Supp.2d	Cal. App. Supp. 2d	state	California Appellate Reports, Supplement	1929	
Cal.Rptr.	Cal. Rptr.	state	West's California Reporter	1959	1991
Cal.Rptr. 2d	Cal. Rptr. 2d	state	West's California Reporter	1992	2003
Cal.Rptr. 3d	Cal. Rptr. 3d	state	West's California Reporter	2003	
Cal.Rptr.2d	Cal. Rptr. 2d	state	West's California Reporter	1992	2003
Cal.Rptr.3d	Cal. Rptr. 3d	state	West's California Reporter	2003	
Cal.Unrep.	Cal. Unrep.	state	California Unreported Cases	1855	1910
Cal.Unrep.Cas.	Cal. Unrep.	state	California Unreported Cases	1855	1910
Call	Call	state	Virginia Reports, Call	1779	1825
Call (Va.)	Call	state	Virginia Reports, Call	1779	1825
Call Rep.	Call	state	Virginia Reports, Call	1779	1825
Cam & Nor	Cam. & Nor.	state	North Carolina Reports, Conference by Cameron & Norwood	1800	1804
Cam. & Nor.	Cam. & Nor.	state	North Carolina Reports, Conference by Cameron & Norwood	1800	1804
Cam.& N.	Cam. & Nor.	state	North Carolina Reports, Conference by Cameron & Norwood	1800	1804
Can Com L Guide (CCH)	Can. Com. L. Guide (CCH)	specialty	Canadian Commercial Law Guide		
Can Tax Rep (CCH)	Can. Tax Rep. (CCH)	specialty	Canadian Tax Reports		
Can. Com. L. Guide (CCH)	Can. Com. L. Guide (CCH)	specialty	Canadian Commercial Law Guide		
Can. Tax Rep. (CCH)	Can. Tax Rep. (CCH)	specialty	Canadian Tax Reports		
Car L Rep	Car. L. Rep.	state	Carolina Law Repository	1811	1816
Car. L. Rep.	Car. L. Rep.	state	Carolina Law Repository	1811	1816
Car. Law Repos.	Car. L. Rep.	state	Carolina Law Repository	1811	1816
Car. Law. Repos.	Car. L. Rep.	state	Carolina Law Repository	1811	1816
Car.Law.Repos.	Car. L. Rep.	state	Carolina Law Repository	1811	1816
Carpenter's Report of Burr's Trial	Carpenter's Report of Burr's Trial	specialty	Carpenter's Report of Burr's Trial		
Carpenter’s Report of Burr’s Trial	Carpenter's Report of Burr's Trial	specialty	Carpenter's Report of Burr's Trial		
Cates	Cates.	state	Cates' Reports (109-127 Tennessee Reports)		
Cates.	Cates.	state	Cates' Reports (109-127 Tennessee Reports)		
Cent Law J	Cent. Law J.	specialty	Central Law Journal	1874	1927
Cent. Law J.	Cent. Law J.	specialty	Central Law Journal	1874	1927
Cent. Law. J.	Cent. Law J.	specialty	Central Law Journal	1874	1927
Centre Co.L.J.	C.C.L.J.	state	Centre County Legal Journal (Pa.)		
Ch.Sent.	Sarat. Ch. Sent.	state	Saratoga Chancery Sentinel	1841	1847
Ch.Sent.(N.Y.)	Sarat. Ch. Sent.	state	Saratoga Chancery Sentinel	1841	1847
Chand	Chand.	state	Wisconsin Reports, Chandler	1849	1852
Chand.	Chand.	state	Wisconsin Reports, Chandler	1849	1852
Chand.(Wis.)	Chand.	state	Wisconsin Reports, Chandler	1849	1852
Chandl.	Chand.	state	Wisconsin Reports, Chandler	1849	1852
Charl. R.	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlet. (Ga.)	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlt.	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlt. R.M.	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlton	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlton Rep.	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlton's	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Charlton's (Rob't. M.) Rep.	Charlton	state	R.M. Charlton Reports (Ga.)	1846	
Chase	Chase	federal	Chase's United States Circuit Court Decisions		
Chase's Trial Append	Chase's Trial. Append.	specialty	Chase's Trial. Append		
Chase's Trial. Append.	Chase's Trial. Append.	specialty	Chase's Trial. Append		
Chase,	Chase	federal	Chase's United States Circuit Court Decisions		
Chase.	Chase	federal	Chase's United States Circuit Court Decisions		
Chase’s Trial. Append.	Chase's Trial. Append.	specialty	Chase's Trial. Append		
Chem Reg Rep (BNA)	Chem. Reg. Rep. (BNA)	specialty	Chemical Regulation Reporter		
Chem. Reg. Rep. (BNA)	Chem. Reg. Rep. (BNA)	specialty	Chemical Regulation Reporter		
Chest	Chest.	state	Chester County Reports (Pa.)		
Chest.	Chest.	state	Chester County Reports (Pa.)		
Chester Co. Rep.	Chest.	state	Chester County Reports (Pa.)		
Chev	Chev.	state	South Carolina Reports, Cheves	1839	1840
Chev Eq	Chev. Eq.	state	South Carolina Reports, Cheves' Equity	1839	1840
Chev.	Chev.	state	South Carolina Reports, Cheves	1839	1840
Chev. Eq.	Chev. Eq.	state	South Carolina Reports, Cheves' Equity	1839	1840
Chev.Ch.	Chev. Eq.	state	South Carolina Reports, Cheves' Equity	1839	1840
Cheves	Chev.	state	South Carolina Reports, Cheves	1839	1840
Cheves Eq.(S.C.)	Chev. Eq.	state	South Carolina Reports, Cheves' Equity	1839	1840
Cheves L.(S.C.)	Chev.	state	South Carolina Reports, Cheves	1839	1840
Chi Law J	Chi. Law J.	state	Chicago Law Journal	1878	1907
Chi Leg News	Chi. Leg. News	federal	Chicago Legal News (1868-1925) (Illinois)	1868	1925
Chi Leg. News	Chi. Leg. News	federal	Chicago Legal News (1868-1925) (Illinois)	1868	1925
Chi. Law J.	Chi. Law J.	state	Chicago Law Journal	1878	1907
Chi. Leg. News	Chi. Leg. News	federal	Chicago Legal News (1868-1925) (Illinois)	1868	1925
Chi. Leg. News.	Chi. Leg. News	federal	Chicago Legal News (1868-1925) (Illinois)	1868	1925
Chi.Leg.N.	Chi. Leg. News	federal	Chicago Legal News (1868-1925) (Illinois)	1868	1925
Chicago Bd Options Ex (CCH)	Chicago Bd. Options Ex. (CCH)	specialty	Chicago Board Options Exchange		
Chicago Bd. Options Ex. (CCH)	Chicago Bd. Options Ex. (CCH)	specialty	Chicago Board Options Exchange		
Chip.	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
Chip. Rep.	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
Chip.(Vt.)	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
Chip.D.	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
Chip.N.	N. Chip.	state	Vermont Reports, Chipman, N.	1789	1791
Chit Cr Law	Chit. Cr. Law	state	Chitty's Criminal Law		
Chit. Cr. L.	Chit. Cr. Law	state	Chitty's Criminal Law		
Chit. Cr. Law	Chit. Cr. Law	state	Chitty's Criminal Law		
Chit. Crim. Law	Chit. Cr. Law	state	Chitty's Criminal Law		
Cin L Bull	Cin. L. Bull.	state	Cincinnati Law Bulletin		
Cin Sup Ct Rep	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin. L. Bull.	Cin. L. Bull.	state	Cincinnati Law Bulletin		
Cin. Law Bul.	Cin. L. Bull.	state	Cincinnati Law Bulletin		
Cin. Law Bull.	Cin. L. Bull.	state	Cincinnati Law Bulletin		
Cin. R.	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin. Rep.	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin. S.C. Rep.	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin. S.C.R.	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin. Sup. Ct. Rep.	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin. Super. (Ohio)	Cin. Sup. Ct. Rep.	state	Cincinnati Superior Court Reports (Ohio)		
Cin.Law. Bul.	Cin. L. Bull.	state	Cincinnati Law Bulletin		
Cinc. L. Bul.	Cin. L. Bull.	state	Cincinnati Law Bulletin		
City H. Rec.	City Hall Rec. (NY)	state	City Hall Recorder (N.Y.)		
City Hall Rec (NY)	City Hall Rec. (NY)	state	City Hall Recorder (N.Y.)		
City Hall Rec. (NY)	City Hall Rec. (NY)	state	City Hall Recorder (N.Y.)		
Civ. Proc. N.S.	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
Civ. Proc. R.	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
Civil Proc. R.	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
Cl Ch	Cl. Ch.	state	Clarke's Chancery Reports	1839	1841
Cl Ct	Cl. Ct.	specialty	United States Claims Court Reporter	1983	1992
Cl. Ch.	Cl. Ch.	state	Clarke's Chancery Reports	1839	1841
Cl. Ct.	Cl. Ct.	specialty	United States Claims Court Reporter	1983	1992
Cl.Ct.	Cl. Ct.	specialty	United States Claims Court Reporter	1983	1992
Cl.R.	Cl. Ch.	state	Clarke's Chancery Reports	1839	1841
Clarke	Cl. Ch.	state	Clarke's Chancery Reports	1839	1841
Clarke Ch.	Cl. Ch.	state	Clarke's Chancery Reports	1839	1841
Clarke Ch.(N.Y.)	Cl. Ch.	state	Clarke's Chancery Reports	1839	1841
Clayton's Notebook	Clayton's Notebook	specialty	Clayton's Notebook	1792	1830
Clayton’s Notebook	Clayton's Notebook	specialty	Clayton's Notebook	1792	1830
Cliff	Cliff.	federal	Clifford's United States (US) Circuit Court Reports		
Cliff.	Cliff.	federal	Clifford's United States (US) Circuit Court Reports		
Codd Dig	Codd. Dig.	scotus_early	Coddington's Digest of the Law of Trade-Marks		
Codd. Dig.	Codd. Dig.	scotus_early	Coddington's Digest of the Law of Trade-Marks		
Coddington's Digest	Codd. Dig.	scotus_early	Coddington's Digest of the Law of Trade-Marks		
Code Rep	Code Rep.	federal	Code Reporter (NY)		
Code Rep.	Code Rep.	federal	Code Reporter (NY)		
Coffey	Coffey	state	Reports of Decisions in Probate, by James V. Coffey, Judge of the Superior Court in and for the City and County of San Francisco, State of California. Reported and Annotated by Peter V. Ross and Jeremiah V. Coffey	1880	1915
Col.	Cold.	state	Tennessee Reports, Coldwell	1860	1870
Col.	Colo.	state	Colorado Reports	1864	1980
Col. L. Rep.	Colo. L. Rep.	state	Colorado Law Reporter (Colo.)		
Col. Law Rep.	Colo. L. Rep.	state	Colorado Law Reporter (Colo.)		
Col.& C.Cas.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Col.& Cai.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Col.& Caines Cas.(N.Y.)	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Col.Cas.	Cole. Cas.	state	Coleman's Cases	1791	1800
Col.Cas.(N.Y.)	Cole. Cas.	state	Coleman's Cases	1791	1800
Cold	Cold.	state	Tennessee Reports, Coldwell	1860	1870
Cold.	Cold.	state	Tennessee Reports, Coldwell	1860	1870
Coldw.	Cold.	state	Tennessee Reports, Coldwell	1860	1870
Cole & Cai Cas	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Cole Cas	Cole. Cas.	state	Coleman's Cases	1791	1800
Cole. & Cai. Cas.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Cole. Cas.	Cole. Cas.	state	Coleman's Cases	1791	1800
Cole.& C.Cas.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Cole.& Cai.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Cole.Cas.Pr.	Cole. Cas.	state	Coleman's Cases	1791	1800
Colem.& C.Cas.	Cole. & Cai. Cas.	state	Coleman & Caines' Cases	1794	1805
Colem.Cas.	Cole. Cas.	state	Coleman's Cases	1791	1800
Collective Bargaining Negot & Cont (BNA)	Collective Bargaining Negot. & Cont. (BNA)	specialty	Collective Bargaining Negotiations & Contracts		
Collective Bargaining Negot. & Cont. (BNA)	Collective Bargaining Negot. & Cont. (BNA)	specialty	Collective Bargaining Negotiations & Contracts		
Collier Bankr Cas	Collier Bankr. Cas.	specialty	Collier Bankruptcy Cases		
Collier Bankr Cas 2d	Collier Bankr. Cas. 2d	specialty	Collier Bankruptcy Cases		
Collier Bankr. Cas.	Collier Bankr. Cas.	specialty	Collier Bankruptcy Cases		
Collier Bankr. Cas. (MB)	Collier Bankr. Cas. 2d	specialty	Collier Bankruptcy Cases		
Collier Bankr. Cas. 2d	Collier Bankr. Cas. 2d	specialty	Collier Bankruptcy Cases		
Collier Bankr. Cas. 2d (MB)	Collier Bankr. Cas. 2d	specialty	Collier Bankruptcy Cases		
Collier Bankr.Cas.2d	Collier Bankr. Cas. 2d	specialty	Collier Bankruptcy Cases		
Colo	Colo.	state	Colorado Reports	1864	1980
Colo App	Colo. App.	state	Colorado Court of Appeals Reports	1891	1980
Colo App LEXIS	Colo. App. LEXIS	state	LexisNexis Colorado Court of Appeals		
Colo Bankr Ct Rep	Colo. Bankr. Ct. Rep.	specialty	Colorado (CO) Bankruptcy Court Reporter		
Colo Discipl LEXIS	Colo. Discipl. LEXIS	state	LexisNexis Colorado Supreme Court Disciplinary Opinions		
Colo J	Colo. J.	state	Colorado Journal		
Colo J CAR	Colo. J. C.A.R.	state	Colorado Journal, Colorado Appellate Reports		
Colo L Rep	Colo. L. Rep.	state	Colorado Law Reporter (Colo.)		
Colo LEXIS	Colo. LEXIS	state	LexisNexis Colorado Supreme Court		
Colo N P	Colo. N. P.	state	Colorado Nisi Prius Decisions	1898	1902
Colo.	Colo.	state	Colorado Reports	1864	1980
Colo. App.	Colo. App.	state	Colorado Court of Appeals Reports	1891	1980
Colo. App. LEXIS	Colo. App. LEXIS	state	LexisNexis Colorado Court of Appeals		
Colo. Bankr. Ct. Rep.	Colo. Bankr. Ct. Rep.	specialty	Colorado (CO) Bankruptcy Court Reporter		
Colo. Discipl. LEXIS	Colo. Discipl. LEXIS	state	LexisNexis Colorado Supreme Court Disciplinary Opinions		
Colo. J.	Colo. J.	state	Colorado Journal		
Colo. J. C.A.R.	Colo. J. C.A.R.	state	Colorado Journal, Colorado Appellate Reports		
Colo. L. Rep.	Colo. L. Rep.	state	Colorado Law Reporter (Colo.)		
Colo. LEXIS	Colo. LEXIS	state	LexisNexis Colorado Supreme Court		
Colo. Law Rep.	Colo. L. Rep.	state	Colorado Law Reporter (Colo.)		
Colo. N. P.	Colo. N. P.	state	Colorado Nisi Prius Decisions	1898	1902
Colo. R.	Colo. L. Rep.	state	Colorado Law Reporter (Colo.)		
Colo.App.	Colo. App.	state	Colorado Court of Appeals Reports	1891	1980
Colorado Journal	Colo. J.	state	Colorado Journal		
Comm Fut L Rep	Comm. Fut. L. Rep.	specialty	Commodity Futures Law Reporter (CCH)		
Comm. Fut. L. Rep.	Comm. Fut. L. Rep.	specialty	Commodity Futures Law Reporter (CCH)		
Comm. Fut. L. Rep. (CCH)	Comm. Fut. L. Rep.	specialty	Commodity Futures Law Reporter (CCH)		
Comm. Reg. (P & F)	Communications Reg. (P&F)	specialty	Communications Regulations		
Comm. Reg. 2d (P & F)	Communications Reg. 2d (P&F)	specialty	Communications Regulations		
Commc'ns Reg (P & F)	Commc'ns Reg. (P & F)	specialty	Communications Regulation		
Commc'ns Reg. (P & F)	Commc'ns Reg. (P & F)	specialty	Communications Regulation		
Communications Reg (P&F)	Communications Reg. (P&F)	specialty	Communications Regulations		
Communications Reg 2d (P&F)	Communications Reg. 2d (P&F)	specialty	Communications Regulations		
Communications Reg. (P&F)	Communications Reg. (P&F)	specialty	Communications Regulations		
Communications Reg. 2d (P&F)	Communications Reg. 2d (P&F)	specialty	Communications Regulations		
Comp Gen	Comp. Gen.	federal	Decisions of the Comptroller General of the United States		
Comp. Gen.	Comp. Gen.	federal	Decisions of the Comptroller General of the United States		
Cong Index(CCH)	Cong. Index(CCH)	specialty	Congressional Index		
Cong. Index(CCH)	Cong. Index(CCH)	specialty	Congressional Index		
Conn	Conn.	state	Connecticut Reports	1814	
Conn App	Conn. App.	state	Connecticut Appellate Reports	1983	
Conn App LEXIS	Conn. App. LEXIS	state	LexisNexis Connecticut Supreme Court		
Conn Cir Ct	Conn. Cir. Ct.	state	Connecticut Circuit Court Reports	1961	1974
Conn Cir LEXIS	Conn. Cir. LEXIS	state	LexisNexis Connecticut Circuit Court		
Conn L Rptr	Conn. L. Rptr.	state	Connecticut Law Reporter	1990	
Conn LEXIS	Conn. LEXIS	state	LexisNexis Connecticut Supreme Court		
Conn Super Ct	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Conn Super Ct	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Conn Super LEXIS	Conn. Super. LEXIS	state	LexisNexis Connecticut Superior Court		
Conn Supp	Conn. Supp.	state	Connecticut Supplement	1935	
Conn Surr	Conn. Surr.	state	Connecticut Surrogate Reports		
Conn.	Conn.	state	Connecticut Reports	1814	
Conn. App.	Conn. App.	state	Connecticut Appellate Reports	1983	
Conn. App. LEXIS	Conn. App. LEXIS	state	LexisNexis Connecticut Supreme Court		
Conn. Cir. Ct	Conn. Cir. Ct.	state	Connecticut Circuit Court Reports	1961	1974
Conn. Cir. Ct.	Conn. Cir. Ct.	state	Connecticut Circuit Court Reports	1961	1974
Conn. Cir. LEXIS	Conn. Cir. LEXIS	state	LexisNexis Connecticut Circuit Court		
Conn. L. Rptr.	Conn. L. Rptr.	state	Connecticut Law Reporter	1990	
Conn. LEXIS	Conn. LEXIS	state	LexisNexis Connecticut Supreme Court		
Conn. Rep.	Conn.	state	Connecticut Reports	1814	
Conn. Sup.	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Conn. Sup.	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Conn. Super. Ct.	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Conn. Super. Ct.	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Conn. Super. LEXIS	Conn. Super. LEXIS	state	LexisNexis Connecticut Superior Court		
Conn. Supp.	Conn. Supp.	state	Connecticut Supplement	1935	
Conn. Surr.	Conn. Surr.	state	Connecticut Surrogate Reports		
Conn.App.	Conn. App.	state	Connecticut Appellate Reports	1983	
Conn.Cir.Ct.	Conn. Cir. Ct.	state	Connecticut Circuit Court Reports	1961	1974
Conn.Sup.	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Conn.Sup.	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Conn.Super.Ct.	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Conn.Super.Ct.	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Conn.Supp.	Conn. Supp.	state	Connecticut Supplement	1935	
Conn.Surr.	Conn. Surr.	state	Connecticut Surrogate Reports		
Connoly	Connoly	state	Connoly's New York Surrogate Reports		
Connoly Sur. Rep.	Connoly	state	Connoly's New York Surrogate Reports		
Connoly Surr. Rep.	Connoly	state	Connoly's New York Surrogate Reports		
Const.	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
Const. Rep.	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
Const.S.C.	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
Consumer Cred Guide (CCH)	Consumer Cred. Guide (CCH)	specialty	Consumer Credit Guide		
Consumer Cred. Guide (CCH)	Consumer Cred. Guide (CCH)	specialty	Consumer Credit Guide		
Consumer Prod Safety Guide (CCH)	Consumer Prod. Safety Guide (CCH)	specialty	Consumer Product Safety Guide		
Consumer Prod. Safety Guide (CCH)	Consumer Prod. Safety Guide (CCH)	specialty	Consumer Product Safety Guide		
Cont App Dec (CCH)	Cont. App. Dec. (CCH)	specialty	Contract Appeals Decisions		
Cont Cas Fed	Cont. Cas. Fed.	federal	Contract Cases, Federal		
Cont. App. Dec. (CCH)	Cont. App. Dec. (CCH)	specialty	Contract Appeals Decisions		
Cont. Cas. Fed.	Cont. Cas. Fed.	federal	Contract Cases, Federal		
Cont. Cas. Fed. (CCH)	Cont. Cas. Fed.	federal	Contract Cases, Federal		
Cont.Cas.Fed. (CCH)	Cont. Cas. Fed.	federal	Contract Cases, Federal		
Cooke	Cooke	state	Tennessee Reports, Cooke	1811	1814
Cooke (Tenn.)	Cooke	state	Tennessee Reports, Cooke	1811	1814
Coombs' Trial of Aaron Burr	Coombs' Trial of Aaron Burr	state	The trial of Aaron Burr for high treason	1864	
Coombs’ Trial of Aaron Burr.	Coombs' Trial of Aaron Burr	state	The trial of Aaron Burr for high treason	1864	
Coop. Chy.	Tenn. Ch. R.	state	Tennessee Chancery Reports, Cooper (Tenn.)		
Copr.L.Dec.	Copyright L. Dec. (CCH)	specialty	Copyright Law Decisions		
Copy L Rep (CCH)	Copy. L. Rep. (CCH)	specialty	Copyright Law Reporter (CCH)		
Copy. L. Rep. (CCH)	Copy. L. Rep. (CCH)	specialty	Copyright Law Reporter (CCH)		
Copyright L Dec (CCH)	Copyright L. Dec. (CCH)	specialty	Copyright Law Decisions		
Copyright L Rep (CCH)	Copyright L. Rep. (CCH)	specialty	Copyright Law Reporter		
Copyright L. Dec. (CCH)	Copyright L. Dec. (CCH)	specialty	Copyright Law Decisions		
Copyright L. Rep. (CCH)	Copyright L. Rep. (CCH)	specialty	Copyright Law Reporter		
Cost Accounting Stand Guide (CCH)	Cost Accounting Stand. Guide (CCH)	specialty	Cost Accounting Standards Guide		
Cost Accounting Stand. Guide (CCH)	Cost Accounting Stand. Guide (CCH)	specialty	Cost Accounting Standards Guide		
Court Cl.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Cow	Cow.	state	Cowen's Reports	1823	1829
Cow.	Cow.	state	Cowen's Reports	1823	1829
Cow. Rep.	Cow.	state	Cowen's Reports	1823	1829
Cow.N.Y.	Cow.	state	Cowen's Reports	1823	1829
Cox Manual Trade-Mark Cas	Cox. Manual Trade-Mark Cas.	scotus_early	Cox's Manual of Trade-Mark Cases		
Cox. Manual Trade-Mark Cas.	Cox. Manual Trade-Mark Cas.	scotus_early	Cox's Manual of Trade-Mark Cases		
Cra.	Cranch	scotus_early	Cranch's Supreme Court Reports	1801	1815
Crabbe	Crabbe	federal	Crabbe's United States (US) District Court Reports		
Crabbe.	Crabbe	federal	Crabbe's United States (US) District Court Reports		
Cranch	Cranch	scotus_early	Cranch's Supreme Court Reports	1801	1815
Cranch	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Cranch (US)	Cranch	scotus_early	Cranch's Supreme Court Reports	1801	1815
Cranch C.C.	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Cranch D.C.	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Cranch Rep.	Cranch	scotus_early	Cranch's Supreme Court Reports	1801	1815
Cranch Rep.	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Cranch, C. C.	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Cranch, C.C.	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Cranch, Pat Dec	Cranch, Pat. Dec.	federal	Cranch's Patent Decisions	1841	1847
Cranch, Pat. Dec.	Cranch, Pat. Dec.	federal	Cranch's Patent Decisions	1841	1847
Cranch. C. C.	Cranch	state	District of Columbia Reports, Cranch	1801	1841
Crim L Rep (BNA)	Crim. L. Rep. (BNA)	specialty	The Criminal Law Reporter		
Crim. L. Rep. (BNA)	Crim. L. Rep. (BNA)	specialty	The Criminal Law Reporter		
Ct Cl	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Ct Cl	Ct. Cl.	specialty	Report of the Court of Claims (West Virginia)	1941	
Ct Cust	Ct. Cust.	specialty	Court of Customs Appeals Reports	1910	1929
Ct Int'l Trade	Ct. Int'l Trade	specialty	Court of International Trade Reports	1980	
Ct Intl Trade LEXIS	Ct. Intl. Trade LEXIS	specialty	LexisNexis Court of International Trade	1980	
Ct. Cl.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Ct. Cl.	Ct. Cl.	specialty	Report of the Court of Claims (West Virginia)	1941	
Ct. Cl. R.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Ct. Cl. Rep.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Ct. Cls. R.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Ct. Cust.	Ct. Cust.	specialty	Court of Customs Appeals Reports	1910	1929
Ct. Cust. Appls.	Ct. Cust.	specialty	Court of Customs Appeals Reports	1910	1929
Ct. Cust. LEXIS	CCPA LEXIS	specialty	LexisNexis United States Court of Customs and Patent Appeals	1910	1982
Ct. Int'l Trade	Ct. Int'l Trade	specialty	Court of International Trade Reports	1980	
Ct. Intl. Trade LEXIS	Ct. Intl. Trade LEXIS	specialty	LexisNexis Court of International Trade	1980	
Ct. Sup.	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Ct. Sup.	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Ct.Cl.	Ct. Cl.	specialty	Court of Claims Reports (United States)	1863	1982
Ct.Int'l Trade	Ct. Int'l Trade	specialty	Court of International Trade Reports	1980	
Ct.Sup.	Conn. Super. Ct.	state	Connecticut Superior Court Reports	1986	1994
Ct.Sup.	Conn. Super. Ct.	state	Connecticut Superior Court format-neutral citation		
Curt	Curt.	federal	Curtis' United States (US) Circuit Court Decisions		
Curt.	Curt.	federal	Curtis' United States (US) Circuit Court Decisions		
Cush	Cush.	state	Massachusetts Reports, Cushing	1848	1853
Cush.	Cush.	state	Massachusetts Reports, Cushing	1848	1853
Cush. Rep.	Cush.	state	Massachusetts Reports, Cushing	1848	1853
Cush.(Mass.)	Cush.	state	Massachusetts Reports, Cushing	1848	1853
Cushing	Cush.	state	Massachusetts Reports, Cushing	1848	1853
Cust B & Dec	Cust. B. & Dec.	federal	Customs Bulletin and Decisions	1967	
Cust Ct	Cust. Ct.	federal	Customs Court Reports	1938	1980
Cust Ct LEXIS	Cust. Ct. LEXIS	specialty	LexisNexis United States Customs Court	1938	1980
Cust. B. & Dec.	Cust. B. & Dec.	federal	Customs Bulletin and Decisions	1967	
Cust. Ct.	Ct. Cust.	specialty	Court of Customs Appeals Reports	1910	1929
Cust. Ct.	Cust. Ct.	federal	Customs Court Reports	1938	1980
Cust. Ct. LEXIS	Cust. Ct. LEXIS	specialty	LexisNexis United States Customs Court	1938	1980
Cust.Ct.	Ct. Cust.	specialty	Court of Customs Appeals Reports	1910	1929
D Chip	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
D Haw	D. Haw.	federal	United States District Court for the District of Hawaii	1847	
D.	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
D. Chip.	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
D. Chip. Rep.	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
D. Haw.	D. Haw.	federal	United States District Court for the District of Hawaii	1847	
D. L. N.	Daily L.N.	state	Daily Legal News (Pa.)		
D. L. N.,	Daily L.N.	state	Daily Legal News (Pa.)		
D.& B.	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
D.& B.	Dev. & Bat. Eq.	state	North Carolina Reports, Devereux & Battle's Equity	1834	1839
D.A.R.	D.A.R.	state	Daily Appellate Reports		
D.C.	D.C.	state	District of Columbia Reports	1801	1893
D.C. (patent)	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
D.C. App.	D.C. App.	state	District of Columbia Appeals Reports		
D.C. App. LEXIS	D.C. App. LEXIS	state	LexisNexis Washington D.C. Appeals Court		
D.C. Super. LEXIS	D.C. Super. LEXIS	state	LexisNexis Washington D.C. Superior Court		
D.C.(Cranch)	Cranch	state	District of Columbia Reports, Cranch	1801	1841
D.C.(MacArth.& M.)	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
D.C.(MacArth.)	MacArth.	state	District of Columbia Reports, MacArthur	1873	1879
D.C.(Mackey)	Mackey	state	District of Columbia Reports, Mackey	1863	1892
D.C.(Tuck.& Cl.)	Tuck. & Cl.	state	District of Columbia Reports, Tucker and Clephane	1892	1893
D.Chip.(Vt.)	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
D.Chipm.	D. Chip.	state	Vermont Reports, Chipman, D.	1789	1824
D.L.N.	Daily L.N.	state	Daily Legal News (Pa.)		
D.N.H.	DNH	federal	United States District Court for the District of New Hampshire		
D.P.R.	P.R. Dec.	state	Decisiones de Puerto Rico	1899	
D.S.D.	DSD	federal	United States District Court for the District of South Dakota		
DAR	D.A.R.	state	Daily Appellate Reports		
DC	D.C.	state	District of Columbia Reports	1801	1893
DC App	D.C. App.	state	District of Columbia Appeals Reports		
DC App LEXIS	D.C. App. LEXIS	state	LexisNexis Washington D.C. Appeals Court		
DC Super LEXIS	D.C. Super. LEXIS	state	LexisNexis Washington D.C. Superior Court		
DJCAR	DJCAR	specialty	Daily Journal of California Reports		
DNH	DNH	federal	United States District Court for the District of New Hampshire		
DPR	P.R. Dec.	state	Decisiones de Puerto Rico	1899	
DSD	DSD	federal	United States District Court for the District of South Dakota		
DTA	DTA	state	Decisiones del Tribunal de Circuito de Apelaciones de Puerto Rico		
DTS	DTS	state	Decisiones del Tribunal Supremo	1998	
Daily Journal D.A.R.	D.A.R.	state	Daily Appellate Reports		
Daily Journal DAR	Daily Journal DAR	state	California Daily Journal Daily Appellate Reports		
Daily L.N.	Daily L.N.	state	Daily Legal News (Pa.)		
Daily L.R.	Daily L.N.	state	Daily Legal News (Pa.)		
Daily LN	Daily L.N.	state	Daily Legal News (Pa.)		
Daily Lab Rep (BNA)	Daily Lab. Rep. (BNA)	specialty	Daily Labor Report		
Daily Lab. Rep. (BNA)	Daily Lab. Rep. (BNA)	specialty	Daily Labor Report		
Daily Leg. (Pa.)	Daily L.N.	state	Daily Legal News (Pa.)		
Daily Leg. News (Pa.)	Daily L.N.	state	Daily Legal News (Pa.)		
Daily Wash L Rptr	Daily Wash. L. Rptr.	state	Daily Washington Law Reporter	1971	
Daily Wash. L. Rptr.	Daily Wash. L. Rptr.	state	Daily Washington Law Reporter	1971	
Dak.	Dakota	state	Dakota Reports	1867	1889
Dakota	Dakota	state	Dakota Reports	1867	1889
Dakota LEXIS	Dakota LEXIS	state	LexisNexis Court of the Dakota Territory	1867	1889
Dal.	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dal.	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Dal. Rep.	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dal. Rep.	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Dall	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dall	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Dall.	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dall.	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Dall. Rep.	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dall. Rep.	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Dall.(Tex.)	Dallam	state	Digest of the Laws of Texas (Dallam's Opinions)	1840	1844
Dall.Dig.	Dallam	state	Digest of the Laws of Texas (Dallam's Opinions)	1840	1844
Dall.S.C.	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dallam	Dallam	state	Digest of the Laws of Texas (Dallam's Opinions)	1840	1844
Dallam Dig.(Tex.)	Dallam	state	Digest of the Laws of Texas (Dallam's Opinions)	1840	1844
Dallas	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dallas	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Dallas Rep.	Dall.	scotus_early	Dallas' Supreme Court Reports	1790	1880
Dallas Rep.	Dall.	state	Pennsylvania State Reports, Dallas	1754	1806
Daly	Daly	state	Daly's New York Common Pleas Reports		
Daly (N.Y.)	Daly	state	Daly's New York Common Pleas Reports		
Daly (NY)	Daly	state	Daly's New York Common Pleas Reports		
Daly's R.	Daly	state	Daly's New York Common Pleas Reports		
Dan.	Dana	state	Kentucky Reports, Dana	1833	1840
Dana	Dana	state	Kentucky Reports, Dana	1833	1840
Dana Rep.	Dana	state	Kentucky Reports, Dana	1833	1840
Dane, Abr	Dane, Abr.	scotus_early	Dane's Abridgement and Digest of American Law	1823	
Dane, Abr.	Dane, Abr.	scotus_early	Dane's Abridgement and Digest of American Law	1823	
Davis L Ct Cas	Davis. L. Ct. Cas.	state	Massachusetts Land Court decisions, 1898-1908	1898	1908
Davis. L. Ct. Cas.	Davis. L. Ct. Cas.	state	Massachusetts Land Court decisions, 1898-1908	1898	1908
Day	Day	state	Day's Connecticut Reports	1802	1813
Day (Conn)	Day	state	Day's Connecticut Reports	1802	1813
Day.	Day.	state	Day's Reports (Connecticut)	1802	1813
Deady	Deady	federal	Deady's Circuit & District Court Reports		
Deady,	Deady	federal	Deady's Circuit & District Court Reports		
Deady.	Deady	federal	Deady's Circuit & District Court Reports		
Dec Com Pat	Dec. Com. Pat.	specialty	Decisions of the Commissioner of Patents		
Dec Comm'r Pat	Dec. Comm'r Pat.	federal	Decisions of the Commissioner of Patents		
Dec. Com. Pat.	Dec. Com. Pat.	specialty	Decisions of the Commissioner of Patents		
Dec. Comm'r Pat.	Dec. Com. Pat.	specialty	Decisions of the Commissioner of Patents		
Dec. Comm'r Pat.	Dec. Comm'r Pat.	federal	Decisions of the Commissioner of Patents		
Dec. Commr. Pat.	Dec. Com. Pat.	specialty	Decisions of the Commissioner of Patents		
Dec. Comm’r Pat.	Dec. Comm'r Pat.	federal	Decisions of the Commissioner of Patents		
Del	Del.	state	Delaware Reports	1920	1966
Del CP LEXIS	Del. C.P. LEXIS	state	LexisNexis Delaware Court of Common Pleas		
Del Cas	Del. Cas.	state	Delaware Cases	1792	1830
Del Ch	Del. Ch.	state	Delaware Chancery Reports	1814	1968
Del Ch LEXIS	Del. Ch. LEXIS	state	LexisNexis Delaware Chancery Court		
Del Co	Del. Co.	state	Delaware County (Pa.)		
Del Fam Ct LEXIS	Del. Fam. Ct. LEXIS	state	LexisNexis Delaware Supreme Court		
Del LEXIS	Del. LEXIS	state	LexisNexis Delaware Supreme Court		
Del Super LEXIS	Del. Super. LEXIS	state	LexisNexis Delaware Superior Court		
Del.	Del.	state	Delaware Reports	1920	1966
Del. C.P. LEXIS	Del. C.P. LEXIS	state	LexisNexis Delaware Court of Common Pleas		
Del. Cas.	Del. Cas.	state	Delaware Cases	1792	1830
Del. Ch.	Del. Ch.	state	Delaware Chancery Reports	1814	1968
Del. Ch. LEXIS	Del. Ch. LEXIS	state	LexisNexis Delaware Chancery Court		
Del. Ch. Rep.	Del. Ch.	state	Delaware Chancery Reports	1814	1968
Del. Co.	Del. Co.	state	Delaware County (Pa.)		
Del. Co. Rep.	Del. Co.	state	Delaware County (Pa.)		
Del. Fam. Ct. LEXIS	Del. Fam. Ct. LEXIS	state	LexisNexis Delaware Supreme Court		
Del. LEXIS	Del. LEXIS	state	LexisNexis Delaware Supreme Court		
Del. Rep.	Del.	state	Delaware Reports	1920	1966
Del. Super. LEXIS	Del. Super. LEXIS	state	LexisNexis Delaware Superior Court		
Del.(Boyce)	Boyce	state	Delaware Reports, Boyce	1909	1920
Del.Ch.	Del. Ch.	state	Delaware Chancery Reports	1814	1968
Del.Co.	Del. Co.	state	Delaware County (Pa.)		
Del.Co.Rep.	Del. Co.	state	Delaware County (Pa.)		
Delaware Co. Reports	Del. Co.	state	Delaware County (Pa.)		
Dem Sur	Dem. Sur.	state	Demarest's Surrogate's Reports	1879	1888
Dem Surr	Dem. Surr.	state	Demarest's Surrogate (New York)		
Dem.	Dem. Surr.	state	Demarest's Surrogate (New York)		
Dem. Sur.	Dem. Sur.	state	Demarest's Surrogate's Reports	1879	1888
Dem. Surr.	Dem. Surr.	state	Demarest's Surrogate (New York)		
Dem.Surr.	Dem. Sur.	state	Demarest's Surrogate's Reports	1879	1888
Den.	Denio	state	Denio's Reports	1845	1848
Denio	Denio	state	Denio's Reports	1845	1848
Denio Rep.	Denio	state	Denio's Reports	1845	1848
Des	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
Des Eq	Des. Eq.	state	Cases argued and determined in the Court of Chancery of South Carolina		
Des.	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
Des. Eq.	Des. Eq.	state	Cases argued and determined in the Court of Chancery of South Carolina		
Des. Rep.	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
Desaus.	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
Desaus. Rep.	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
Desaus.Eq.	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
Dev	Dev.	state	North Carolina Reports, Devereux's Law	1826	1834
Dev & Bat	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
Dev & Bat Eq	Dev. & Bat. Eq.	state	North Carolina Reports, Devereux & Battle's Equity	1834	1839
Dev Eq	Dev. Eq.	state	North Carolina Reports, Devereux's Equity	1826	1834
Dev.	Dev.	state	North Carolina Reports, Devereux's Law	1826	1834
Dev.	Dev. Eq.	state	North Carolina Reports, Devereux's Equity	1826	1834
Dev. & Bat.	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
Dev. & Bat. Eq.	Dev. & Bat. Eq.	state	North Carolina Reports, Devereux & Battle's Equity	1834	1839
Dev. & Bat. Law	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
Dev. (N. C.)	Dev.	state	North Carolina Reports, Devereux's Law	1826	1834
Dev. Eq.	Dev. Eq.	state	North Carolina Reports, Devereux's Equity	1826	1834
Dev. Eq. Rep.	Dev. Eq.	state	North Carolina Reports, Devereux's Equity	1826	1834
Dev. Rep.	Dev.	state	North Carolina Reports, Devereux's Law	1826	1834
Dev. Rep.	Dev. Eq.	state	North Carolina Reports, Devereux's Equity	1826	1834
Dev.& B.	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
Dev.& B.	Dev. & Bat. Eq.	state	North Carolina Reports, Devereux & Battle's Equity	1834	1839
Dev.& B.Eq.	Dev. & Bat. Eq.	state	North Carolina Reports, Devereux & Battle's Equity	1834	1839
Dev.& B.L.	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
Dev.L.	Dev.	state	North Carolina Reports, Devereux's Law	1826	1834
Dick. (NJ)	Dickinson	state	Dickinson's New Jersey Equity	1890	1905
Dickinson	Dickinson	state	Dickinson's New Jersey Equity	1890	1905
Dill	Dill.	federal	Dillon's United States (US) Circuit Court Reports		
Dill.	Dill.	federal	Dillon's United States (US) Circuit Court Reports		
Dis. R.	Disney (Ohio)	state	Disney, Superior Court of Cincinnati Reports (Ohio)		
Disney (Ohio)	Disney (Ohio)	state	Disney, Superior Court of Cincinnati Reports (Ohio)		
Dist.Rep.	Pa. D.	state	Pennsylvania District Reports	1892	1921
Div	Div.	state	Div.		
Div.	Div.	state	Div.		
Dominion Tax Cas (CCH)	Dominion Tax Cas. (CCH)	specialty	Dominion Tax Cases		
Dominion Tax Cas. (CCH)	Dominion Tax Cas. (CCH)	specialty	Dominion Tax Cases		
Doug	Doug.	state	Michigan Reports, Douglass	1843	1847
Doug.	Doug.	state	Michigan Reports, Douglass	1843	1847
Doug. Rep.	Doug.	state	Michigan Reports, Douglass	1843	1847
Doug.(Mich.)	Doug.	state	Michigan Reports, Douglass	1843	1847
Dougl.(Mich.)	Doug.	state	Michigan Reports, Douglass	1843	1847
Dud	Dud.	state	South Carolina Reports, Dudley	1837	1838
Dud Eq	Dud. Eq.	state	South Carolina Reports, Dudley's Equity	1837	1838
Dud.	Dud.	state	South Carolina Reports, Dudley	1837	1838
Dud. Eq.	Dud. Eq.	state	South Carolina Reports, Dudley's Equity	1837	1838
Dud.(S.C.)	Dud.	state	South Carolina Reports, Dudley	1837	1838
Dud.Ch.	Dud. Eq.	state	South Carolina Reports, Dudley's Equity	1837	1838
Dud.Eq.(S.C.)	Dud. Eq.	state	South Carolina Reports, Dudley's Equity	1837	1838
Dud.L.	Dud.	state	South Carolina Reports, Dudley	1837	1838
Dud.L.(S.C.)	Dud.	state	South Carolina Reports, Dudley	1837	1838
Dudl.	Dud.	state	South Carolina Reports, Dudley	1837	1838
Dudl.	Dud. Eq.	state	South Carolina Reports, Dudley's Equity	1837	1838
Dudley (Ga.)	Dudley Rep.	state	Dudley's Georgia Reports	1830	1835
Dudley Rep	Dudley Rep.	state	Dudley's Georgia Reports	1830	1835
Dudley Rep.	Dudley Rep.	state	Dudley's Georgia Reports	1830	1835
Duer	Duer	state	Duer's Reports (8-13 New York Superior)		
Duer Super. Ct. Rep.	Duer	state	Duer's Reports (8-13 New York Superior)		
Duv	Duv.	state	Kentucky Reports, Duvall	1863	1866
Duv.	Duv.	state	Kentucky Reports, Duvall	1863	1866
E.A.D.	E.A.D.	federal	Environmental Administrative Decisions		
E.D. Pa.	E.D. Pa.	federal	United States District Court for the Eastern District of Pennsylvania		
E.D. Smith	E.D. Smith	state	E.D. Smith's Common Pleas Reports	1850	1862
E.H. Smith	E.H. Smith	state	E.H. Smiths Reports		
E.H.Smith's	E.H. Smith	state	E.H. Smiths Reports		
EAD	E.A.D.	federal	Environmental Administrative Decisions		
ED Pa	E.D. Pa.	federal	United States District Court for the Eastern District of Pennsylvania		
ED Smith	E.D. Smith	state	E.D. Smith's Common Pleas Reports	1850	1862
EEOC Compl Man (CCH)	EEOC Compl. Man. (CCH)	specialty	EEOC Compliance Manual		
EEOC Compl. Man. (CCH)	EEOC Compl. Man. (CCH)	specialty	EEOC Compliance Manual		
EH Smith	E.H. Smith	state	E.H. Smiths Reports		
ELR	Envtl. L. Rep. (Envtl. Law Inst.)	specialty	Environmental Law Reporter	1971	
ERC	ERC	specialty	Environmental Reporter Cases		
ERC (BNA)	ERC (BNA)	specialty	Environmental Reporter Cases (BNA)		
Ed. Law Rep.	Educ. L. Rep.	specialty	Education Law Reporter		
Ed.C.R.	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Ed.Ch.	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Edm Sel Cas	Edm. Sel. Cas.	state	Edmond's Select Cases	1834	1853
Edm. Sel. Cas.	Edm. Sel. Cas.	state	Edmond's Select Cases	1834	1853
Edm.Sel.Ca.	Edm. Sel. Cas.	state	Edmond's Select Cases	1834	1853
Edm.Sel.Cas.(N.Y.)	Edm. Sel. Cas.	state	Edmond's Select Cases	1834	1853
Edmond	Edm. Sel. Cas.	state	Edmond's Select Cases	1834	1853
Educ L Rep	Educ. L. Rep.	specialty	Education Law Reporter		
Educ. L. Rep.	Educ. L. Rep.	specialty	Education Law Reporter		
Edw Ch	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Edw.	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Edw. Ch.	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Edw. Ch. Rep.	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Edw. Rep.	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Edw.Ch.(N.Y.)	Edw. Ch.	state	Edwards' Chancery Reports	1831	1850
Empl Benefits Cas (BNA)	Empl. Benefits Cas. (BNA)	specialty	Employee Benefits Cases		
Empl Coordinator (RIA)	Empl. Coordinator (RIA)	specialty	Employee Benefits Compliance Coordinator		
Empl Prac Dec (CCH)	Empl. Prac. Dec. (CCH)	specialty	Employment Practices Decisions	1971	
Empl Prac Dec [CCH]	Empl. Prac. Dec. (CCH)	specialty	Employment Practices Decisions	1971	
Empl Prac Guide (CCH)	Empl. Prac. Guide (CCH)	specialty	Employment Practices Guide		
Empl Safety & Health Guide (CCH)	Empl. Safety & Health Guide (CCH)	specialty	Employment Safety and Health Guide		
Empl. Benefits Cas. (BNA)	Empl. Benefits Cas. (BNA)	specialty	Employee Benefits Cases		
Empl. Coordinator (RIA)	Empl. Coordinator (RIA)	specialty	Employee Benefits Compliance Coordinator		
Empl. Prac. Dec.	Empl. Prac. Dec. (CCH)	specialty	Employment Practices Decisions	1971	
Empl. Prac. Dec. (CCH)	Empl. Prac. Dec. (CCH)	specialty	Employment Practices Decisions	1971	
Empl. Prac. Guide (CCH)	Empl. Prac. Guide (CCH)	specialty	Employment Practices Guide		
Empl. Prac.Dec.	Empl. Prac. Dec. (CCH)	specialty	Employment Practices Decisions	1971	
Empl. Safety & Health Guide (CCH)	Empl. Safety & Health Guide (CCH)	specialty	Employment Safety and Health Guide		
Employee Benefits Cas (BNA)	Employee Benefits Cas. (BNA)	specialty	Employee Benefits Cases		
Employee Benefits Cas.	Employee Benefits Cas. (BNA)	specialty	Employee Benefits Cases		
Employee Benefits Cas. (BNA)	Employee Benefits Cas. (BNA)	specialty	Employee Benefits Cases		
Energy Mgmt (CCH)	Energy Mgmt. (CCH)	specialty	Energy Management & Federal Energy Guidelines		
Energy Mgmt. (CCH)	Energy Mgmt. (CCH)	specialty	Energy Management & Federal Energy Guidelines		
Energy Mgt.	Energy Mgmt. (CCH)	specialty	Energy Management & Federal Energy Guidelines		
Env't Rep (BNA)	Env't Rep. (BNA)	specialty	Environment Reporter		
Env't Rep Cas (BNA)	Env't Rep. Cas. (BNA)	specialty	Environment Reporter Cases		
Env't Rep. (BNA)	Env't Rep. (BNA)	specialty	Environment Reporter		
Env't Rep. Cas. (BNA)	Env't Rep. Cas. (BNA)	specialty	Environment Reporter Cases		
Envtl L Rep (Envtl Law Inst)	Envtl. L. Rep. (Envtl. Law Inst.)	specialty	Environmental Law Reporter	1971	
Envtl. L. Rep.	Envtl. L. Rep. (Envtl. Law Inst.)	specialty	Environmental Law Reporter	1971	
Envtl. L. Rep. (Envtl. Law Inst.)	Envtl. L. Rep. (Envtl. Law Inst.)	specialty	Environmental Law Reporter	1971	
Envtl. L.Rep.	Envtl. L. Rep. (Envtl. Law Inst.)	specialty	Environmental Law Reporter	1971	
Exempt Org Rep (CCH)	Exempt Org. Rep. (CCH)	specialty	Exempt Organizations Reports		
Exempt Org. Rep. (CCH)	Exempt Org. Rep. (CCH)	specialty	Exempt Organizations Reports		
F 2d	F.2d	federal	Federal Reporter	1924	1993
F App'x	F. App'x	federal	Federal Appendix	2001	
F Cas	F. Cas.	federal	Federal Cases	1789	1880
F Supp	F. Supp.	federal	Federal Supplement	1932	1988
F Supp 2d	F. Supp. 2d	federal	Federal Supplement	1988	2014
F Supp 3d	F. Supp. 3d	federal	Federal Supplement	2014	
F Supp.	F. Supp.	federal	Federal Supplement	1932	1988
F.	F.	federal	Federal Reporter	1880	1924
F. 2d	F.2d	federal	Federal Reporter	1924	1993
F. 3d	F.3d	federal	Federal Reporter	1993	
F. 4th	F.4th	federal	Federal Reporter	2021	
F. App'x	F. App'x	federal	Federal Appendix	2001	
F. App'x.	F. App'x	federal	Federal Appendix	2001	
F. Appx.	F. App'x	federal	Federal Appendix	2001	
F. App’x	F. App'x	federal	Federal Appendix	2001	
F. Cas.	F. Cas.	federal	Federal Cases	1789	1880
F. Supp	F. Supp.	federal	Federal Supplement	1932	1988
F. Supp.	F. Supp.	federal	Federal Supplement	1932	1988
F. Supp. 2d	F. Supp. 2d	federal	Federal Supplement	1988	2014
F. Supp. 3d	F. Supp. 3d	federal	Federal Supplement	2014	
F. Supp.2d	F. Supp. 2d	federal	Federal Supplement	1988	2014
F.(2d)	F.2d	federal	Federal Reporter	1924	1993
F.2d	F.2d	federal	Federal Reporter	1924	1993
F.2d.	F.2d	federal	Federal Reporter	1924	1993
F.3d	F.3d	federal	Federal Reporter	1993	
F.3d.	F.3d	federal	Federal Reporter	1993	
F.4 th	F.4th	federal	Federal Reporter	2021	
F.4th	F.4th	federal	Federal Reporter	2021	
F.4th.	F.4th	federal	Federal Reporter	2021	
F.App'x	F. App'x	federal	Federal Appendix	2001	
F.App'x.	F. App'x	federal	Federal Appendix	2001	
F.Appx.	F. App'x	federal	Federal Appendix	2001	
F.App’x.	F. App'x	federal	Federal Appendix	2001	
F.C.	F. Cas.	federal	Federal Cases	1789	1880
F.C.C.	F.C.C.	federal	Federal Communications Commission Reports		
F.C.C.2d	F.C.C.2d	federal	Federal Communications Commission Reports		
F.Cas.	F. Cas.	federal	Federal Cases	1789	1880
F.L.R.A.	F.L.R.A.	federal	Decisions of the Federal Labor Relations Authority		
F.R.D.	F.R.D.	specialty	Federal Rules Decisions	2001	
F.Supp.	F. Supp.	federal	Federal Supplement	1932	1988
F.Supp. 2d	F. Supp. 2d	federal	Federal Supplement	1988	2014
F.Supp. 3D	F. Supp. 3d	federal	Federal Supplement	2014	
F.Supp. 3d	F. Supp. 3d	federal	Federal Supplement	2014	
F.Supp.2d	F. Supp. 2d	federal	Federal Supplement	1988	2014
F.Supp.3d	F. Supp. 3d	federal	Federal Supplement	2014	
F.Supp.3d.	F. Supp. 3d	federal	Federal Supplement	2014	
F.T.C.	F.T.C.	federal	Federal Trade Commission		
F2d	F.2d	federal	Federal Reporter	1924	1993
F3d	F.3d	federal	Federal Reporter	1993	
F3d.	F.3d	federal	Federal Reporter	1993	
F4th	F.4th	federal	Federal Reporter	2021	
FCC	F.C.C.	federal	Federal Communications Commission Reports		
FCC 2d	F.C.C.2d	federal	Federal Communications Commission Reports		
FCC Rcd	FCC Rcd	federal	Federal Communications Commission Record		
FCC2d	F.C.C.2d	federal	Federal Communications Commission Reports		
FCDR	FCDR	specialty	Florida Cases Daily Report		
FED App	FED App.	federal	United States (US) Court of Appeals for the Sixth Circuit		
FED App.	FED App.	federal	United States (US) Court of Appeals for the Sixth Circuit		
FERC	FERC	federal	Federal Energy Guidelines: FERC Reports		
FL	FL	neutral	Florida Neutral Citation		
FLRA	F.L.R.A.	federal	Decisions of the Federal Labor Relations Authority		
FLW Fed	FLW Fed	federal	Florida Law Weekly Federal		
FMSHRC	FMSHRC	federal	Federal Mine Safety and Health Review Commission Decisions		
FPSC	FPSC	state	Florida Public Service Commission		
FRD	F.R.D.	specialty	Federal Rules Decisions	2001	
FS3d	F. Supp. 3d	federal	Federal Supplement	2014	
FSupp3d	F. Supp. 3d	federal	Federal Supplement	2014	
FTC	F.T.C.	federal	Federal Trade Commission		
Fair Empl Prac Cas (BNA)	Fair Empl. Prac. Cas. (BNA)	specialty	Fair Employment Practice Cases		
Fair Empl. Prac. Cas. (BNA)	Fair Empl. Prac. Cas. (BNA)	specialty	Fair Employment Practice Cases		
Fair Empl. Prac. Newsl. (BNA)	Fair Empl. Prac. Cas. (BNA)	specialty	Fair Employment Practice Cases		
Fair Empl.Prac.Cas.	Fair Empl. Prac. Cas. (BNA)	specialty	Fair Employment Practice Cases		
Fair Empl.Prac.Cas. (BNA)	Fair Empl. Prac. Cas. (BNA)	specialty	Fair Employment Practice Cases		
Fam L Rep (BNA)	Fam. L. Rep. (BNA)	specialty	The Family Law Reporter		
Fam L Tax Guide (CCH)	Fam. L. Tax Guide (CCH)	specialty	Family Law Tax Guide		
Fam. L. Rep. (BNA)	Fam. L. Rep. (BNA)	specialty	The Family Law Reporter		
Fam. L. Tax Guide (CCH)	Fam. L. Tax Guide (CCH)	specialty	Family Law Tax Guide		
Fed Appx	F. App'x	federal	Federal Appendix	2001	
Fed Audit Guide (CCH)	Fed. Audit Guide (CCH)	specialty	Federal Audit Guides		
Fed Banking L Rep (CCH)	Fed. Banking L. Rep. (CCH)	specialty	Federal Banking Law Reporter (CCH)		
Fed Carr Cas (CCH)	Fed. Carr. Cas. (CCH)	federal	Federal Carrier Cases (CCH) (1936-)	1936	
Fed Carr Rep (CCH)	Fed. Carr. Rep. (CCH)	specialty	Federal Carriers Reports		
Fed Cl	Fed. Cl.	specialty	United States Claims Court Reporter	1992	
Fed Cont Rep (BNA)	Fed. Cont. Rep. (BNA)	specialty	Federal Contracts Report		
Fed Election Camp Fin Guide (CCH)	Fed. Election Camp. Fin. Guide (CCH)	specialty	Federal Election Campaign Financing Guide		
Fed Energy Reg Comm'n Rep (CCH)	Fed. Energy Reg. Comm'n Rep. (CCH)	specialty	Federal Energy Regulatory Commission Reports		
Fed Est & Gift Tax Rep (CCH)	Fed. Est. & Gift Tax Rep. (CCH)	specialty	Federal Estate and Gift Tax Reporter		
Fed Ex Tax Rep (CCH)	Fed. Ex. Tax Rep. (CCH)	specialty	Federal Excise Tax Reports		
Fed Inc Gift & Est Tax'n (MB)	Fed. Inc. Gift & Est. Tax'n (MB)	specialty	Federal Income, Gift and Estate Taxation		
Fed R Serv	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed R Serv 2d	Fed. R. Serv. 2d	specialty	Federal Rules of Evidence Service	1938	
Fed R Serv 2d (West)	Fed. R. Serv. 2d (West)	specialty	Federal Rules Service, Second Series		
Fed R Serv 3d	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed Sec L Rep (CCH)	Fed. Sec. L. Rep. (CCH)	specialty	Federal Securities Law Reporter (CCH)		
Fed Sent'g Rep	Fed. Sent'g Rep	federal	Federal Sentencing Reporter		
Fed Tax Coordinator Second Series (RIA)	Fed. Tax Coordinator Second Series (RIA)	specialty	Federal Tax Coordinator Second		
Fed Tax Guide Rep (CCH)	Fed. Tax Guide Rep. (CCH)	specialty	Federal Tax Guide Reports		
Fed.	F.	federal	Federal Reporter	1880	1924
Fed. App'x	F. App'x	federal	Federal Appendix	2001	
Fed. App.	F. App'x	federal	Federal Appendix	2001	
Fed. Appx	F. App'x	federal	Federal Appendix	2001	
Fed. Appx.	F. App'x	federal	Federal Appendix	2001	
Fed. Audit Guide (CCH)	Fed. Audit Guide (CCH)	specialty	Federal Audit Guides		
Fed. Banking L. Rep.	Fed. Banking L. Rep. (CCH)	specialty	Federal Banking Law Reporter (CCH)		
Fed. Banking L. Rep. (CCH)	Fed. Banking L. Rep. (CCH)	specialty	Federal Banking Law Reporter (CCH)		
Fed. Carr. Cas.	Fed. Carr. Cas. (CCH)	federal	Federal Carrier Cases (CCH) (1936-)	1936	
Fed. Carr. Cas. (CCH)	Fed. Carr. Cas. (CCH)	federal	Federal Carrier Cases (CCH) (1936-)	1936	
Fed. Carr. Rep. (CCH)	Fed. Carr. Rep. (CCH)	specialty	Federal Carriers Reports		
Fed. Cas.	F. Cas.	federal	Federal Cases	1789	1880
Fed. Cl.	Fed. Cl.	specialty	United States Claims Court Reporter	1992	
Fed. Cont. Rep. (BNA)	Fed. Cont. Rep. (BNA)	specialty	Federal Contracts Report		
Fed. Election Camp. Fin. Guide (CCH)	Fed. Election Camp. Fin. Guide (CCH)	specialty	Federal Election Campaign Financing Guide		
Fed. Energy Reg. Comm'n Rep. (CCH)	Fed. Energy Reg. Comm'n Rep. (CCH)	specialty	Federal Energy Regulatory Commission Reports		
Fed. Est. & Gift Tax Rep. (CCH)	Fed. Est. & Gift Tax Rep. (CCH)	specialty	Federal Estate and Gift Tax Reporter		
Fed. Ex. Tax Rep. (CCH)	Fed. Ex. Tax Rep. (CCH)	specialty	Federal Excise Tax Reports		
Fed. Inc. Gift & Est. Tax'n (MB)	Fed. Inc. Gift & Est. Tax'n (MB)	specialty	Federal Income, Gift and Estate Taxation		
Fed. R. Evid. Serv.	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Evid. Serv. (Callaghan)	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Evid. Serv. 2d	Fed. R. Serv. 2d	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Evid. Serv. 3d	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv.	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv. (Callaghan)	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv. 2d	Fed. R. Serv. 2d	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv. 2d (Callaghan)	Fed. R. Serv. 2d	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv. 2d (West)	Fed. R. Serv. 2d (West)	specialty	Federal Rules Service, Second Series		
Fed. R. Serv. 3d	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv. 3d (Callaghan)	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed. R. Serv. 3d (West)	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed. Sec. L. Rep.	Fed. Sec. L. Rep. (CCH)	specialty	Federal Securities Law Reporter (CCH)		
Fed. Sec. L. Rep. (CCH)	Fed. Sec. L. Rep. (CCH)	specialty	Federal Securities Law Reporter (CCH)		
Fed. Sent'g Rep	Fed. Sent'g Rep	federal	Federal Sentencing Reporter		
Fed. Sent. R.	Fed. Sent'g Rep	federal	Federal Sentencing Reporter		
Fed. Tax Coordinator Second Series (RIA)	Fed. Tax Coordinator Second Series (RIA)	specialty	Federal Tax Coordinator Second		
Fed. Tax Guide Rep. (CCH)	Fed. Tax Guide Rep. (CCH)	specialty	Federal Tax Guide Reports		
Fed.App'x	F. App'x	federal	Federal Appendix	2001	
Fed.App.	F. App'x	federal	Federal Appendix	2001	
Fed.Appx.	F. App'x	federal	Federal Appendix	2001	
Fed.Ca.	F. Cas.	federal	Federal Cases	1789	1880
Fed.Cl.	Fed. Cl.	specialty	United States Claims Court Reporter	1992	
Fed.R.	F.	federal	Federal Reporter	1880	1924
Fed.R.2d	F.2d	federal	Federal Reporter	1924	1993
Fed.R.3d	F.3d	federal	Federal Reporter	1993	
Fed.R.4th	F.4th	federal	Federal Reporter	2021	
Fed.R.Serv.	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed.R.Serv. (Callaghan)	Fed. R. Serv.	specialty	Federal Rules of Evidence Service	1938	
Fed.R.Serv.2d	Fed. R. Serv. 2d	specialty	Federal Rules of Evidence Service	1938	
Fed.R.Serv.2d (Callaghan)	Fed. R. Serv. 2d	specialty	Federal Rules of Evidence Service	1938	
Fed.R.Serv.3d	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed.R.Serv.3d (West)	Fed. R. Serv. 3d	specialty	Federal Rules of Evidence Service	1938	
Fed.Rep.	F.	federal	Federal Reporter	1880	1924
Fed.Rep.2d	F.2d	federal	Federal Reporter	1924	1993
Fed.Rep.3d	F.3d	federal	Federal Reporter	1993	
Fed.Rep.4th	F.4th	federal	Federal Reporter	2021	
Fed.Sent.R.	Fed. Sent'g Rep	federal	Federal Sentencing Reporter		
Fire & Casualty Cas	Fire & Casualty Cas.	specialty	Fire and Casualty Cases		
Fire & Casualty Cas.	Fire & Casualty Cas.	specialty	Fire and Casualty Cases		
Fire & Casualty Cas. (CCH)	Fire & Casualty Cas.	specialty	Fire and Casualty Cases		
Fire & Casualty Cas.(CCH)	Fire & Casualty Cas.	specialty	Fire and Casualty Cases		
Fish Pat Cas	Fish. Pat. Cas.	federal	Fisher's United States (US) Patent Cases		
Fish Pat Rep	Fish. Pat. Rep.	federal	Fisher's United States Patent Reports		
Fish Prize Cas	Fish. Prize Cas.	federal	Fisher's United States Prize Cases		
Fish. Pat. Cas.	Fish. Pat. Cas.	federal	Fisher's United States (US) Patent Cases		
Fish. Pat. Rep.	Fish. Pat. Rep.	federal	Fisher's United States Patent Reports		
Fish. Pr. Cas.	Fish. Prize Cas.	federal	Fisher's United States Prize Cases		
Fish. Prize	Fish. Prize Cas.	federal	Fisher's United States Prize Cases		
Fish. Prize Cas.	Fish. Prize Cas.	federal	Fisher's United States Prize Cases		
Fl.S.	Fla. Supp.	state	Florida Supplement	1948	1981
Fla	Fla.	state	Florida Reports	1846	1948
Fla App LEXIS	Fla. App. LEXIS	state	LexisNexis Florida Appeals Court		
Fla L Weekly	Fla. L. Weekly	state	Florida Law Weekly	1978	
Fla L Weekly Fed B	Fla. L. Weekly Fed. B	specialty	Florida (FL) Law Weekly Federal, Bankruptcy Court		
Fla L Weekly Fed C	Fla. L. Weekly Fed. C	specialty	Florida (FL) Law Weekly Federal, Circuit Court		
Fla L Weekly Fed D	Fla. L. Weekly Fed. D	specialty	Florida (FL) Law Weekly Federal, District Court		
Fla L Weekly Fed S	Fla. L. Weekly Fed. S	federal	Florida (FL) Law Weekly Federal, Supreme Court		
Fla L Weekly Supp	Fla. L. Weekly Supp.	state	Florida Law Weekly Supplement	1992	
Fla LEXIS	Fla. LEXIS	state	LexisNexis Florida Supreme Court		
Fla Supp	Fla. Supp.	state	Florida Supplement	1948	1981
Fla Supp 2d	Fla. Supp. 2d	state	Florida Supplement	1983	1992
Fla.	Fla.	state	Florida Reports	1846	1948
Fla. App. LEXIS	Fla. App. LEXIS	state	LexisNexis Florida Appeals Court		
Fla. L. Weekly	Fla. L. Weekly	state	Florida Law Weekly	1978	
Fla. L. Weekly	Fla. L. Weekly Fed. D	specialty	Florida (FL) Law Weekly Federal, District Court		
Fla. L. Weekly	Fla. L. Weekly Fed. S	federal	Florida (FL) Law Weekly Federal, Supreme Court		
Fla. L. Weekly Fed.	FLW Fed	federal	Florida Law Weekly Federal		
Fla. L. Weekly Fed. B	Fla. L. Weekly Fed. B	specialty	Florida (FL) Law Weekly Federal, Bankruptcy Court		
Fla. L. Weekly Fed. C	Fla. L. Weekly Fed. C	specialty	Florida (FL) Law Weekly Federal, Circuit Court		
Fla. L. Weekly Fed. D	Fla. L. Weekly Fed. D	specialty	Florida (FL) Law Weekly Federal, District Court		
Fla. L. Weekly Fed. S	Fla. L. Weekly Fed. S	federal	Florida (FL) Law Weekly Federal, Supreme Court		
Fla. L. Weekly S	Fla. L. Weekly Supp.	state	Florida Law Weekly Supplement	1992	
Fla. L. Weekly Supp.	Fla. L. Weekly Supp.	state	Florida Law Weekly Supplement	1992	
Fla. LEXIS	Fla. LEXIS	state	LexisNexis Florida Supreme Court		
Fla. Rep.	Fla.	state	Florida Reports	1846	1948
Fla. Supp.	Fla. Supp.	state	Florida Supplement	1948	1981
Fla. Supp. 2d	Fla. Supp. 2d	state	Florida Supplement	1983	1992
Flip	Flip.	federal	Flippin's Circuit Court Reports (U.S.)		
Flip.	Flip.	federal	Flippin's Circuit Court Reports (U.S.)		
Flipp. (F.)	Flip.	federal	Flippin's Circuit Court Reports (U.S.)		
Flor.	Fla.	state	Florida Reports	1846	1948
Florida	Fla.	state	Florida Reports	1846	1948
Florida Rep.	Fla.	state	Florida Reports	1846	1948
Food Drug Cosm L Rep (CCH)	Food Drug Cosm. L. Rep. (CCH)	specialty	Food Drug Cosmetic Law Reports		
Food Drug Cosm. L. Rep. (CCH)	Food Drug Cosm. L. Rep. (CCH)	specialty	Food Drug Cosmetic Law Reports		
Foster	Foster	state	Legal Chronicle reports of Cases decided in the Supreme Court of Pennsylvania (Foster)	1870	1875
Fr. Ch.	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Fr. Chy.	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Free Ch	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Free. Ch.	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Freem.	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Freem. (Miss.)	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Freem. Ch.	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Freem. Ch. (Miss.)	Free. Ch.	state	Freeman's Mississippi Chancery Reports (1839-43)	1839	1843
Fulton County D Rep	Fulton County D. Rep.	state	Fulton County Daily Reporter		
Fulton County D. Rep.	Fulton County D. Rep.	state	Fulton County Daily Reporter		
G & J	G. & J.	state	Maryland Reports, Gill & Johnson	1829	1842
G. & J.	G. & J.	state	Maryland Reports, Gill & Johnson	1829	1842
G.D.R.	G.D.R.	specialty	Gaming Dispute Reporter		
GDR	G.D.R.	specialty	Gaming Dispute Reporter		
Ga	Ga.	state	Georgia Reports	1846	
Ga App	Ga. App.	state	Georgia Appeals Reports	1907	
Ga App LEXIS	Ga. App. LEXIS	state	LexisNexis Georgia Appeals Court		
Ga L Rep	Ga. L. Rep.	state	Georgia Law Reporter		
Ga LEXIS	Ga. LEXIS	state	LexisNexis Georgia Supreme Court		
Ga.	Ga.	state	Georgia Reports	1846	
Ga. (Kelly)	Ga.	state	Georgia Reports	1846	
Ga. App.	Ga. App.	state	Georgia Appeals Reports	1907	
Ga. App. LEXIS	Ga. App. LEXIS	state	LexisNexis Georgia Appeals Court		
Ga. L. Rep.	Ga. L. Rep.	state	Georgia Law Reporter		
Ga. LEXIS	Ga. LEXIS	state	LexisNexis Georgia Supreme Court		
Ga. Law Reporter	Ga. L. Rep.	state	Georgia Law Reporter		
Ga. Rep.	Ga.	state	Georgia Reports	1846	
Ga.App.	Ga. App.	state	Georgia Appeals Reports	1907	
Gall	Gall.	federal	Gallison's Reports, United States Circuit Courts		
Gall.	Gall.	federal	Gallison's Reports, United States Circuit Courts		
Gall. C.C.R.	Gall.	federal	Gallison's Reports, United States Circuit Courts		
Gall. Rep.	Gall.	federal	Gallison's Reports, United States Circuit Courts		
Gallison	Gall.	federal	Gallison's Reports, United States Circuit Courts		
Gallison's Rep.	Gall.	federal	Gallison's Reports, United States Circuit Courts		
Georgia Decisions	Georgia Decisions	state	Georgia Decisions		
Gibb Surr	Gibb. Surr.	state	Gibbons' Surrogate's Reports	1893	1898
Gibb. Surr.	Gibb. Surr.	state	Gibbons' Surrogate's Reports	1893	1898
Gibbons	Gibbons	state	Gibbons' Reports, New York Surrogate Court		
Gibbons (N.Y.)	Gibbons	state	Gibbons' Reports, New York Surrogate Court		
Gil.	Gilmer	state	Virginia Reports, Gilmer	1820	1821
Gild	Gild.	state	Gildersleeve Reports	1883	1889
Gild.	Gild.	state	Gildersleeve Reports	1883	1889
Gild.	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
Gildersleeve	Gild.	state	Gildersleeve Reports	1883	1889
Gildersleeve	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
Gildersleeve (N. Mex.)	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
Gildr.	Gild.	state	Gildersleeve Reports	1883	1889
Gildr.	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
Gill	Gill	state	Maryland Reports, Gill	1843	1851
Gilm	Gilm.	state	Illinois Reports, Gilman	1844	1849
Gilm.	Gilm.	state	Illinois Reports, Gilman	1844	1849
Gilm.	Gilmer	state	Virginia Reports, Gilmer	1820	1821
Gilm.(Ill.)	Gilm.	state	Illinois Reports, Gilman	1844	1849
Gilman	Gilm.	state	Illinois Reports, Gilman	1844	1849
Gilmer	Gilmer	state	Virginia Reports, Gilmer	1820	1821
Gilmer (Va.)	Gilmer	state	Virginia Reports, Gilmer	1820	1821
Gilp	Gilp.	federal	Gilpin, United States (US) District Court Reports		
Gilp.	Gilp.	federal	Gilpin, United States (US) District Court Reports		
Goebel	Goebel	state	Goebel's Probate Reports (Ohio)		
Goebel's Rep.	Goebel	state	Goebel's Probate Reports (Ohio)		
Gov't Cont Rep (CCH)	Gov't Cont. Rep. (CCH)	specialty	Government Contracts Reporter		
Gov't Cont. Rep. (CCH)	Gov't Cont. Rep. (CCH)	specialty	Government Contracts Reporter		
Gov't Empl Rel Rep (BNA)	Gov't Empl. Rel. Rep. (BNA)	specialty	Government Employee Relations Report		
Gov't Empl. Rel. Rep. (BNA)	Gov't Empl. Rel. Rep. (BNA)	specialty	Government Employee Relations Report		
Gr.	Grant	state	Pennsylvania State Reports, Grant	1814	1863
Grant	Grant	state	Pennsylvania State Reports, Grant	1814	1863
Grant (Pa.)	Grant	state	Pennsylvania State Reports, Grant	1814	1863
Grant Cas.	Grant	state	Pennsylvania State Reports, Grant	1814	1863
Grant Cas.(Pa.)	Grant	state	Pennsylvania State Reports, Grant	1814	1863
Grant Pa.	Grant	state	Pennsylvania State Reports, Grant	1814	1863
Gratt	Gratt.	state	Virginia Reports, Grattan	1844	1880
Gratt.	Gratt.	state	Virginia Reports, Grattan	1844	1880
Gratt.(Va.)	Gratt.	state	Virginia Reports, Grattan	1844	1880
Gray	Gray	state	Massachusetts Reports, Gray	1854	1860
Gray (Mass.)	Gray	state	Massachusetts Reports, Gray	1854	1860
Greene	Greene	state	Iowa Reports, Greene	1847	1854
Greene G.(Iowa)	Greene	state	Iowa Reports, Greene	1847	1854
Guam	Guam	state	Guam Reports	1955	
Guam LEXIS	Guam LEXIS	state	LexisNexis Guam Supreme Court		
Gummere	Gummere	state	Gummere's Reports	1915	1922
Gunby	Gunby	state	Louisiana Court of Appeals Reports, Gunby	1885	1885
Gunby (La.)	Gunby	state	Louisiana Court of Appeals Reports, Gunby	1885	1885
H & G	H. & G.	state	Maryland Reports, Harris and Gill	1826	1829
H & J	H. & J.	state	Maryland Reports, Harris and Johnson	1800	1826
H & McH	H. & McH.	state	Maryland Reports, Harris and McHenry	1770	1799
H.	Handy	state	Handy's Ohio Reports (12 Ohio Dec.)		
H.	Haw.	state	Hawaii Reports	1847	
H.	Hill	state	Hill's New York Reports	1841	1844
H. & G.	H. & G.	state	Maryland Reports, Harris and Gill	1826	1829
H. & J.	H. & J.	state	Maryland Reports, Harris and Johnson	1800	1826
H. & McH.	H. & McH.	state	Maryland Reports, Harris and McHenry	1770	1799
H. Rep.	Haw.	state	Hawaii Reports	1847	
H. Rep.	Hill	state	Hill's New York Reports	1841	1844
H.& M.	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
H.& M.(Va.)	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
HOW	How.	scotus_early	Howard's Supreme Court Reports	1843	1860
Hall	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall R.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall Rep.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall Super. Ct. Rep.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall's R.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall's Sup. Court Rep.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall's Sup. Ct. R.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall, Law J	Hall, Law J.	federal	Hall's Law Journal	1808	1817
Hall, Law J.	Hall, Law J.	federal	Hall's Law Journal	1808	1817
Hall.	Hall	state	Hall's Reports (1-2 New York Superior)		
Hall. Law J.	Hall, Law J.	federal	Hall's Law Journal	1808	1817
Han	Handy	state	Handy's Ohio Reports (12 Ohio Dec.)		
Hand.	Handy	state	Handy's Ohio Reports (12 Ohio Dec.)		
Handy	Handy	state	Handy's Ohio Reports (12 Ohio Dec.)		
Handy (Ohio)	Handy	state	Handy's Ohio Reports (12 Ohio Dec.)		
Handy R	Handy R.	state	Handy, Cincinnati Superior Court Reports (Ohio)		
Handy R.	Handy R.	state	Handy, Cincinnati Superior Court Reports (Ohio)		
Har.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Har. & J.	H. & J.	state	Maryland Reports, Harris and Johnson	1800	1826
Har. Ch.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Har. Chy.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Hard	Hard.	state	Hardesty Team Reports (Del.)		
Hard	Hard.	state	Kentucky Reports, Hardin	1805	1808
Hard.	Hard.	state	Hardesty Team Reports (Del.)		
Hard.	Hard.	state	Kentucky Reports, Hardin	1805	1808
Hardes	Hard.	state	Hardesty Team Reports (Del.)		
Hardes.	Hard.	state	Hardesty Team Reports (Del.)		
Hardesty	Hard.	state	Hardesty Team Reports (Del.)		
Hardin	Hard.	state	Kentucky Reports, Hardin	1805	1808
Hardin(Ky.)	Hard.	state	Kentucky Reports, Hardin	1805	1808
Harp	Harp.	state	South Carolina Reports, Harper	1823	1831
Harp Eq	Harp. Eq.	state	South Carolina Reports, Harper's Equity	1824	1824
Harp.	Harp.	state	South Carolina Reports, Harper	1823	1831
Harp.	Harp. Eq.	state	South Carolina Reports, Harper's Equity	1824	1824
Harp. Eq.	Harp. Eq.	state	South Carolina Reports, Harper's Equity	1824	1824
Harp.Eq.(S.C.)	Harp. Eq.	state	South Carolina Reports, Harper's Equity	1824	1824
Harp.L.	Harp.	state	South Carolina Reports, Harper	1823	1831
Harp.L.(S.C.)	Harp.	state	South Carolina Reports, Harper	1823	1831
Harper	Harp.	state	South Carolina Reports, Harper	1823	1831
Harper	Harp. Eq.	state	South Carolina Reports, Harper's Equity	1824	1824
Harr Ch	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harr.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harr.	W.W. Harr.	state	W.W. Harrington's Reports		
Harr. (Mich.)	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harr. Ch.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harr. Ch. (Mich.)	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harr. Ch. R.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harr. Rep.	W.W. Harr.	state	W.W. Harrington's Reports		
Harring.	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harring. Ch. (Mich.)	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harrington	Harr. Ch.	state	Harrington's Michigan Chancery Reports (1836-42)	1836	1842
Harrington	Harrington	state	Delaware Reports, Harrington	1832	1855
Hasb	Hasb.	state	Hasbrouck's Reports (Idaho)		
Hasb.	Hasb.	state	Hasbrouck's Reports (Idaho)		
Hask	Hask.	federal	Haskell's Reports for U.S. Courts in Maine (Fox's Decisions)		
Hask.	Hask.	federal	Haskell's Reports for U.S. Courts in Maine (Fox's Decisions)		
Haskell C.C.	Haskell C.C.	federal	Haskell's Reports		
Haskell CC	Haskell C.C.	federal	Haskell's Reports		
Havw. & H.	Hay. & Haz.	state	District of Columbia Reports, Hayward & Hazelton	1841	1862
Haw	Haw.	state	Hawaii Reports	1847	
Haw App	Haw. App.	state	Hawaii Appellate Reports	1980	1994
Haw App LEXIS	Haw. App. LEXIS	state	LexisNexis Hawaii Court Appeals		
Haw LEXIS	Haw. LEXIS	state	LexisNexis Supreme Court of Hawaii	1847	
Haw.	Haw.	state	Hawaii Reports	1847	
Haw. App.	Haw. App.	state	Hawaii Appellate Reports	1980	1994
Haw. App. LEXIS	Haw. App. LEXIS	state	LexisNexis Hawaii Court Appeals		
Haw. LEXIS	Haw. LEXIS	state	LexisNexis Supreme Court of Hawaii	1847	
Haw. Rep.	Haw.	state	Hawaii Reports	1847	
Haw.App.	Haw. App.	state	Hawaii Appellate Reports	1980	1994
Hawai'i	Haw.	state	Hawaii Reports	1847	
Hawaii	Haw.	state	Hawaii Reports	1847	
Hawaii App.	Haw. App.	state	Hawaii Appellate Reports	1980	1994
Hawaii Rep.	Haw.	state	Hawaii Reports	1847	
Hawks	Hawks	state	North Carolina Reports, Hawks	1820	1826
Hawks Rep.	Hawks	state	North Carolina Reports, Hawks	1820	1826
Hawks(N.C.)	Hawks	state	North Carolina Reports, Hawks	1820	1826
Hay & Haz	Hay. & Haz.	state	District of Columbia Reports, Hayward & Hazelton	1841	1862
Hay.	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hay. & H.	Hayw. & H.D.C.	federal	Hayward & Hazelton Circuit Court Reports (D.C.)	1893	1941
Hay. & Haz.	Hay. & Haz.	state	District of Columbia Reports, Hayward & Hazelton	1841	1862
Hay. & Haz.	Hayw. & H.D.C.	federal	Hayward & Hazelton Circuit Court Reports (D.C.)	1893	1941
Hay. Rep.	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw	Hayw.	state	Tennessee Reports, Haywood	1816	1818
Hayw & HDC	Hayw. & H.D.C.	federal	Hayward & Hazelton Circuit Court Reports (D.C.)	1893	1941
Hayw.	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw.	Hayw.	state	Tennessee Reports, Haywood	1816	1818
Hayw. & H.	Hayw. & H.D.C.	federal	Hayward & Hazelton Circuit Court Reports (D.C.)	1893	1941
Hayw. & H.D.C.	Hayw. & H.D.C.	federal	Hayward & Hazelton Circuit Court Reports (D.C.)	1893	1941
Hayw. & Haz.	Hay. & Haz.	state	District of Columbia Reports, Hayward & Hazelton	1841	1862
Hayw. (N. C.)	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw. N. C.	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw. Rep.	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw. Rep.	Hayw.	state	Tennessee Reports, Haywood	1816	1818
Hayw.& H.	Hay. & Haz.	state	District of Columbia Reports, Hayward & Hazelton	1841	1862
Hayw.(Tenn.)	Hayw.	state	Tennessee Reports, Haywood	1816	1818
Hayw.N.C.	Hayw.	state	North Carolina Reports, Haywood	1789	1806
Hayw.Tenn.	Hayw.	state	Tennessee Reports, Haywood	1816	1818
Haz Reg Pa	Haz. Reg. Pa.	scotus_early	Hazard's Pennsylvania Register	1828	1836
Haz U S Reg	Haz. U. S. Reg.	scotus_early	Hazard's United States Register	1839	
Haz. Reg. Pa.	Haz. Reg. Pa.	scotus_early	Hazard's Pennsylvania Register	1828	1836
Haz. Reg. U. S.	Haz. U. S. Reg.	scotus_early	Hazard's United States Register	1839	
Haz. U. S. Reg.	Haz. U. S. Reg.	scotus_early	Hazard's United States Register	1839	
Head	Head	state	Tennessee Reports, Head	1858	1860
Head(Tenn.)	Head	state	Tennessee Reports, Head	1858	1860
Heisk	Heisk.	state	Tennessee Reports, Heiskell	1870	1879
Heisk.	Heisk.	state	Tennessee Reports, Heiskell	1870	1879
Heisk.(Tenn.)	Heisk.	state	Tennessee Reports, Heiskell	1870	1879
Hemp.	Hempst.	state	Hempstead (AR)		
Hempst	Hempst.	state	Hempstead (AR)		
Hempst.	Hempst.	state	Hempstead (AR)		
Hen & M	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
Hen.	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
Hen. & M.	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
Hen.& Mun.	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
Hill	Hill	state	Hill's New York Reports	1841	1844
Hill	Hill	state	South Carolina Reports, Hill	1833	1837
Hill	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill & D.Supp.	Hill & Den.	state	Hill and Denio Supplement (Lalor)	1842	1844
Hill & Den	Hill & Den.	state	Hill and Denio Supplement (Lalor)	1842	1844
Hill & Den.	Hill & Den.	state	Hill and Denio Supplement (Lalor)	1842	1844
Hill & Den.Supp.	Hill & Den.	state	Hill and Denio Supplement (Lalor)	1842	1844
Hill Ch.	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill Ch. Rep.	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill Eq	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill Eq.	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill Eq.(S.C.)	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill Law	Hill	state	South Carolina Reports, Hill	1833	1837
Hill Rep.	Hill	state	Hill's New York Reports	1841	1844
Hill Rep.	Hill	state	South Carolina Reports, Hill	1833	1837
Hill Rep.	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill S.C.	Hill	state	South Carolina Reports, Hill	1833	1837
Hill S.C.	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
Hill.N.Y.	Hill	state	Hill's New York Reports	1841	1844
Hilles' Notebook	Hilles' Notebook	specialty	Hilles Notebook	1792	1830
Hilles’ Notebook	Hilles' Notebook	specialty	Hilles Notebook	1792	1830
Hilt	Hilt.	state	Hilton's Common Pleas Reports	1855	1860
Hilt.	Hilt.	state	Hilton's Common Pleas Reports	1855	1860
Hoff	Hoff.	scotus_early	Hoffman's Decisions	1853	1858
Hoff Ch	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoff Land Cas	Hoff. Land Cas.	federal	Hoffman's Land Cases	1853	1858
Hoff Land Cas.	Hoff. Land Cas.	federal	Hoffman's Land Cases	1853	1858
Hoff Op	Hoff. Op.	scotus_early	Hoffman's Opinions		
Hoff.	Hoff.	scotus_early	Hoffman's Decisions	1853	1858
Hoff.	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoff. Ch.	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoff. Ch. Rep.	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoff. Dec.	Hoff.	scotus_early	Hoffman's Decisions	1853	1858
Hoff. Land Cas.	Hoff. Land Cas.	federal	Hoffman's Land Cases	1853	1858
Hoff. Land. Cas.	Hoff. Land Cas.	federal	Hoffman's Land Cases	1853	1858
Hoff. Op.	Hoff. Op.	scotus_early	Hoffman's Opinions		
Hoff.Cha.	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoff.N.Y.	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoffm.	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Hoffm.Ch.(N.Y.)	Hoff. Ch.	state	Hoffman's Chancery Reports	1838	1840
Holmes	Holmes	federal	Holmes Circuit Court Reports (US)		
Hopk Ch	Hopk. Ch.	state	Hopkins' Chancery Reports	1823	1826
Hopk Works	Hopk. Works.	scotus_early	Hopkinson, Life and Letters of Hon. Francis Hopkinson, District Judge		
Hopk. Ch.	Hopk. Ch.	state	Hopkins' Chancery Reports	1823	1826
Hopk. Ch. Rep.	Hopk. Ch.	state	Hopkins' Chancery Reports	1823	1826
Hopk. Works	Hopk. Works.	scotus_early	Hopkinson, Life and Letters of Hon. Francis Hopkinson, District Judge		
Hopk. Works.	Hopk. Works.	scotus_early	Hopkinson, Life and Letters of Hon. Francis Hopkinson, District Judge		
Hosea's Rep	Hosea's Rep.	state	Cincinnati Superior Court Decisions (Ohio)		
Hosea's Rep.	Hosea's Rep.	state	Cincinnati Superior Court Decisions (Ohio)		
Hous & Dev Rep (RIA)	Hous. & Dev. Rep. (RIA)	specialty	Housing & Development Reporter		
Hous. & Dev. Rep. (RIA)	Hous. & Dev. Rep. (RIA)	specialty	Housing & Development Reporter		
Houst.	Houston	state	Delaware Reports, Houston	1855	1893
Houston	Houston	state	Delaware Reports, Houston	1855	1893
Houston Criminal	Houston	state	Delaware Reports, Houston	1855	1893
How	How.	scotus_early	Howard's Supreme Court Reports	1843	1860
How App Cas	How. App. Cas.	state	Howard's Appeal Cases	1855	1860
How NP	How. N.P.	federal	Howell, Nisi Prius		
How Pr	How. Pr.	state	Howard's Practice Reports	1844	1886
How Pr (ns)	How. Pr. (n.s.)	state	Howard's Practice Reports (n.s.)	1879	1886
How.	How.	scotus_early	Howard's Supreme Court Reports	1843	1860
How.	Howard	state	Mississippi Reports, Howard	1834	1843
How. App. Cas.	How. App. Cas.	state	Howard's Appeal Cases	1855	1860
How. N.P.	How. N.P.	federal	Howell, Nisi Prius		
How. N.P. (Mich.)	How. N.P.	federal	Howell, Nisi Prius		
How. Pr.	How. Pr.	state	Howard's Practice Reports	1844	1886
How. Pr. (n.s.)	How. Pr. (n.s.)	state	Howard's Practice Reports (n.s.)	1879	1886
How. Pr. Rep.	How. Pr.	state	Howard's Practice Reports	1844	1886
How. Prac.	How. Pr.	state	Howard's Practice Reports	1844	1886
How. Rep.	How.	scotus_early	Howard's Supreme Court Reports	1843	1860
How. Rep.	Howard	state	Mississippi Reports, Howard	1834	1843
How.N.P.	How. N.P.	federal	Howell, Nisi Prius		
How.P.R.	How. Pr.	state	Howard's Practice Reports	1844	1886
How.Prac.(N.Y.)	How. Pr.	state	Howard's Practice Reports	1844	1886
Howard	Howard	state	Mississippi Reports, Howard	1834	1843
Howard Rep.	Howard	state	Mississippi Reports, Howard	1834	1843
Howell N.P.	How. N.P.	federal	Howell, Nisi Prius		
Howison	Howison	state	Howison's Criminal Trials	1850	1851
Hugh.	Hughes	state	Kentucky Reports, Hughes	1785	1801
Hughes	Hughes	state	Kentucky Reports, Hughes	1785	1801
Hughes (1877)	Hughes	state	Kentucky Reports, Hughes	1785	1801
Hughes.	Hughes	state	Kentucky Reports, Hughes	1785	1801
Hum	Hum.	state	Tennessee Reports, Humphreys	1839	1851
Hum.	Hum.	state	Tennessee Reports, Humphreys	1839	1851
Hum. Rep.	Hum.	state	Tennessee Reports, Humphreys	1839	1851
Humph.	Hum.	state	Tennessee Reports, Humphreys	1839	1851
Humph. Rep.	Hum.	state	Tennessee Reports, Humphreys	1839	1851
Hun	Hun	state	Hun's New York Appellate Division Reports		
Hun	Hun	state	Hun's Supreme Court Reports		
Hun.	Hun	state	Hun's Supreme Court Reports		
Hunt Mer Mag	Hunt Mer. Mag.	specialty	Hunt's Merchant's Magazine, New York		
Hunt Mer. Mag.	Hunt Mer. Mag.	specialty	Hunt's Merchant's Magazine, New York		
Hunt, Mer. Mag.	Hunt Mer. Mag.	specialty	Hunt's Merchant's Magazine, New York		
Hunt. Mer. Mag.	Hunt Mer. Mag.	specialty	Hunt's Merchant's Magazine, New York		
I & N Dec	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I & N Dec.	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I&N	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I&N Dec	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I&N Dec.	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I&NDec.	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I. & N. Dec.	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
I.C.C.	I.C.C.	federal	Interstate Commerce Commission Reporter		
I.C.C.2d	I.C.C.2d	federal	Interstate Commerce Commission Reporter		
I.E.R.	I.E.R. Cas. (BNA)	specialty	Individual Employment Rights Cases		
I.E.R. Cas.	I.E.R. Cas. (BNA)	specialty	Individual Employment Rights Cases		
I.E.R. Cas. (BNA)	I.E.R. Cas. (BNA)	specialty	Individual Employment Rights Cases		
I.R.B.	I.R.B.	federal	Internal Revenue Bulletin		
I.T.R.D.	I.T.R.D. (BNA)	specialty	International Trade Reporter Decisions	1980	
I.T.R.D. (BNA)	I.T.R.D. (BNA)	specialty	International Trade Reporter Decisions	1980	
ICC	I.C.C.	federal	Interstate Commerce Commission Reporter		
ICC2d	I.C.C.2d	federal	Interstate Commerce Commission Reporter		
IER Cas (BNA)	I.E.R. Cas. (BNA)	specialty	Individual Employment Rights Cases		
IER Cases	I.E.R. Cas. (BNA)	specialty	Individual Employment Rights Cases		
IL	IL	neutral	Illlinois Neutral Citation		
IL App (1st)	IL App (1st)	neutral	Illlinois Neutral Citation		
IL App (2d)	IL App (2d)	neutral	Illlinois Neutral Citation		
IL App (2nd)	IL App (2d)	neutral	Illlinois Neutral Citation		
IL App (3d)	IL App (3d)	neutral	Illlinois Neutral Citation		
IL App (3rd)	IL App (3d)	neutral	Illlinois Neutral Citation		
IL App (4th)	IL App (4th)	neutral	Illlinois Neutral Citation		
IL App (5 th)	IL App (5th)	neutral	Illlinois Neutral Citation		
IL App (5th)	IL App (5th)	neutral	Illlinois Neutral Citation		
IL App. (1st)	IL App (1st)	neutral	Illlinois Neutral Citation		
IL App. (2d)	IL App (2d)	neutral	Illlinois Neutral Citation		
IL App. (3d)	IL App (3d)	neutral	Illlinois Neutral Citation		
IL App. (4th)	IL App (4th)	neutral	Illlinois Neutral Citation		
IL App. (5th)	IL App (5th)	neutral	Illlinois Neutral Citation		
IN Dec.	I. & N. Dec.	federal	Administrative Decisions Under Immigration and Nationality Laws		
IRB	I.R.B.	federal	Internal Revenue Bulletin		
IRS Pos (CCH)	IRS Pos. (CCH)	specialty	IRS Positions		
IRS Pos. (CCH)	IRS Pos. (CCH)	specialty	IRS Positions		
ITRD	I.T.R.D. (BNA)	specialty	International Trade Reporter Decisions	1980	
ITRD (BNA)	I.T.R.D. (BNA)	specialty	International Trade Reporter Decisions	1980	
Ia.	Iowa	state	Iowa Reports	1855	1968
Ida App LEXIS	Ida. App. LEXIS	state	LexisNexis Idaho Appeals Court		
Ida App Unpub LEXIS	Ida. App. Unpub. LEXIS	state	LexisNexis Idaho Court of Appeals		
Ida LEXIS	Ida. LEXIS	state	LexisNexis Idaho Supreme Court		
Ida.	Idaho	state	Idaho Reports	1982	
Ida. App. LEXIS	Ida. App. LEXIS	state	LexisNexis Idaho Appeals Court		
Ida. App. Unpub. LEXIS	Ida. App. Unpub. LEXIS	state	LexisNexis Idaho Court of Appeals		
Ida. LEXIS	Ida. LEXIS	state	LexisNexis Idaho Supreme Court		
Idaho	Idaho	state	Idaho Reports	1982	
Il App (1st)	IL App (1st)	neutral	Illlinois Neutral Citation		
Il App (2d)	IL App (2d)	neutral	Illlinois Neutral Citation		
Il App (3d)	IL App (3d)	neutral	Illlinois Neutral Citation		
Il App (4th)	IL App (4th)	neutral	Illlinois Neutral Citation		
Il App (5th)	IL App (5th)	neutral	Illlinois Neutral Citation		
Il App. (1st)	IL App (1st)	neutral	Illlinois Neutral Citation		
Il App. (2d)	IL App (2d)	neutral	Illlinois Neutral Citation		
Il App. (3d)	IL App (3d)	neutral	Illlinois Neutral Citation		
Il App. (4th)	IL App (4th)	neutral	Illlinois Neutral Citation		
Il App. (5th)	IL App (5th)	neutral	Illlinois Neutral Citation		
Ill	Ill.	state	Illinois Reports	1849	
Ill 2d	Ill. 2d	state	Illinois Reports	1849	
Ill App	Ill. App.	state	Illinois Appellate Court Reports	1877	
Ill App 2d	Ill. App. 2d	state	Illinois Appellate Court Reports	1877	
Ill App 3d	Ill. App. 3d	state	Illinois Appellate Court Reports	1877	
Ill App LEXIS	Ill. App. LEXIS	state	LexisNexis Illinois Court of Appeals		
Ill App Unpub LEXIS	Ill. App. Unpub. LEXIS	state	LexisNexis Illinois Appeals Court Unpublished		
Ill CC	Ill. C.C.	state	Matthew and Bangs, Illinois Circuit Court Reports (III.)		
Ill Cir Ct	Ill. Cir. Ct.	state	Illinois Circuit Court Reports		
Ill Ct Cl	Ill. Ct. Cl.	state	Illinois Court of Claims Reports	1889	
Ill Ct Cl LEXIS	Ill. Ct. Cl. LEXIS	state	LexisNexis Illinois Court of Claims		
Ill Dec	Ill. Dec.	state	West's Illinois Decisions	1976	
Ill LEXIS	Ill. LEXIS	state	LexisNexis Illinois Supreme Court		
Ill.	Ill.	state	Illinois Reports	1849	
Ill. (Scam)	Scam.	state	Illinois Reports, Scammon	1832	1843
Ill. 2d	Ill. 2d	state	Illinois Reports	1849	
Ill. App.	Ill. App.	state	Illinois Appellate Court Reports	1877	
Ill. App. 2d	Ill. App. 2d	state	Illinois Appellate Court Reports	1877	
Ill. App. 3d	Ill. App. 3d	state	Illinois Appellate Court Reports	1877	
Ill. App. LEXIS	Ill. App. LEXIS	state	LexisNexis Illinois Court of Appeals		
Ill. App. Rep.	Ill. App.	state	Illinois Appellate Court Reports	1877	
Ill. App. Unpub. LEXIS	Ill. App. Unpub. LEXIS	state	LexisNexis Illinois Appeals Court Unpublished		
Ill. App.2d	Ill. App. 2d	state	Illinois Appellate Court Reports	1877	
Ill. App.3d	Ill. App. 3d	state	Illinois Appellate Court Reports	1877	
Ill. C.C.	Ill. C.C.	state	Matthew and Bangs, Illinois Circuit Court Reports (III.)		
Ill. Cir. Ct.	Ill. Cir. Ct.	state	Illinois Circuit Court Reports		
Ill. Cir. Ct. Rep.	Ill. Cir. Ct.	state	Illinois Circuit Court Reports		
Ill. Ct. Cl.	Ill. Ct. Cl.	state	Illinois Court of Claims Reports	1889	
Ill. Ct. Cl. LEXIS	Ill. Ct. Cl. LEXIS	state	LexisNexis Illinois Court of Claims		
Ill. Dec.	Ill. Dec.	state	West's Illinois Decisions	1976	
Ill. LEXIS	Ill. LEXIS	state	LexisNexis Illinois Supreme Court		
Ill. Rep.	Ill.	state	Illinois Reports	1849	
Ill.(Breese)	Breese	state	Illinois Reports, Breese	1819	1831
Ill.(Gilm.)	Gilm.	state	Illinois Reports, Gilman	1844	1849
Ill.(Scam.)	Scam.	state	Illinois Reports, Scammon	1832	1843
Ill.2d	Ill. 2d	state	Illinois Reports	1849	
Ill.A.	Ill. App.	state	Illinois Appellate Court Reports	1877	
Ill.A.2d	Ill. App. 2d	state	Illinois Appellate Court Reports	1877	
Ill.A.3d	Ill. App. 3d	state	Illinois Appellate Court Reports	1877	
Ill.App.	Ill. App.	state	Illinois Appellate Court Reports	1877	
Ill.App.2d	Ill. App. 2d	state	Illinois Appellate Court Reports	1877	
Ill.App.3d	Ill. App. 3d	state	Illinois Appellate Court Reports	1877	
Ill.C.C.	Ill. C.C.	state	Matthew and Bangs, Illinois Circuit Court Reports (III.)		
Ill.Dec.	Ill. Dec.	state	West's Illinois Decisions	1976	
Ill.Decs.	Ill. Dec.	state	West's Illinois Decisions	1976	
Immigr L Serv (West)	Immigr. L. Serv. (West)	specialty	Immigration Law Service		
Immigr. L. Serv. (West)	Immigr. L. Serv. (West)	specialty	Immigration Law Service		
Ind	Ind.	state	Indiana Reports	1848	1981
Ind App	Ind. App.	state	Indiana Court of Appeals Reports	1890	1979
Ind App LEXIS	Ind. App. LEXIS	state	LexisNexis Indiana Court of Appeals		
Ind App Unpub LEXIS	Ind. App. Unpub. LEXIS	state	LexisNexis Indiana Appeals Court Unpublished		
Ind Cl Comm	Ind. Cl. Comm.	specialty	Indian Claims Commission	1948	1973
Ind Dec	Ind. Dec.	state	Indiana Decisions (Ind.)		
Ind L Rep	Ind. L. Rep.	specialty	Indian Law Reporter		
Ind L Rep	Ind. L. Rep.	state	Indiana Law Reporter (1881)	1881	
Ind LEXIS	Ind. LEXIS	state	LexisNexis Indiana Supreme Court		
Ind Tax LEXIS	Ind. Tax LEXIS	state	LexisNexis Indiana Tax Court		
Ind.	Ind.	state	Indiana Reports	1848	1981
Ind. App.	Ind. App.	state	Indiana Court of Appeals Reports	1890	1979
Ind. App. LEXIS	Ind. App. LEXIS	state	LexisNexis Indiana Court of Appeals		
Ind. App. Unpub. LEXIS	Ind. App. Unpub. LEXIS	state	LexisNexis Indiana Appeals Court Unpublished		
Ind. Cl. Com.	Ind. Cl. Comm.	specialty	Indian Claims Commission	1948	1973
Ind. Cl. Comm.	Ind. Cl. Comm.	specialty	Indian Claims Commission	1948	1973
Ind. Dec.	Ind. Dec.	state	Indiana Decisions (Ind.)		
Ind. L. Rep.	Ind. L. Rep.	specialty	Indian Law Reporter		
Ind. L. Rep.	Ind. L. Rep.	state	Indiana Law Reporter (1881)	1881	
Ind. LEXIS	Ind. LEXIS	state	LexisNexis Indiana Supreme Court		
Ind. T.	Indian Terr.	state	Indian Territory Reports	1896	1907
Ind. Tax LEXIS	Ind. Tax LEXIS	state	LexisNexis Indiana Tax Court		
Ind.App.	Ind. App.	state	Indiana Court of Appeals Reports	1890	1979
Ind.Rep.	Ind.	state	Indiana Reports	1848	1981
Ind.T.	Indian Terr.	state	Indian Territory Reports	1896	1907
Indian Terr	Indian Terr.	state	Indian Territory Reports	1896	1907
Indian Terr LEXIS	Indian Terr. LEXIS	state	LexisNexis Court of Appeals of Indian Territory	1896	1907
Indian Terr.	Indian Terr.	state	Indian Territory Reports	1896	1907
Indian Terr. LEXIS	Indian Terr. LEXIS	state	LexisNexis Court of Appeals of Indian Territory	1896	1907
Inher Est & Gift Tax Rep (CCH)	Inher. Est. & Gift Tax Rep. (CCH)	specialty	Inheritance, Estate and Gift Tax Reports		
Inher. Est. & Gift Tax Rep. (CCH)	Inher. Est. & Gift Tax Rep. (CCH)	specialty	Inheritance, Estate and Gift Tax Reports		
Ins L Rep (CCH)	Ins. L. Rep. (CCH)	specialty	Insurance Law Reports		
Ins LJ	Ins. L.J.	specialty	Insurance Law Journal		
Ins Law J.	Ins. L.J.	specialty	Insurance Law Journal		
Ins. L. Rep. (CCH)	Ins. L. Rep. (CCH)	specialty	Insurance Law Reports		
Ins. L.J.	Ins. L.J.	specialty	Insurance Law Journal		
Ins. Law J.	Ins. L.J.	specialty	Insurance Law Journal		
Ins. Law. J.	Ins. L.J.	specialty	Insurance Law Journal		
Int Rev Rec	Int. Rev. Rec.	federal	Internal Revenue Record		
Int Rev. Rec.	Int. Rev. Rec.	federal	Internal Revenue Record		
Int'l Env't Rep (BNA)	Int'l Env't Rep. (BNA)	specialty	International Environment Reporter (Bureau of National Affairs)		
Int'l Env't Rep. (BNA)	Int'l Env't Rep. (BNA)	specialty	International Environment Reporter (Bureau of National Affairs)		
Int'l Trade Rep. (BNA)	I.T.R.D. (BNA)	specialty	International Trade Reporter Decisions	1980	
Int. Rev. Rec,	Int. Rev. Rec.	federal	Internal Revenue Record		
Int. Rev. Rec.	Int. Rev. Rec.	federal	Internal Revenue Record		
Intelligencer	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Interior Dec	Interior Dec.	federal	Interior Decisions		
Interior Dec.	Interior Dec.	federal	Interior Decisions		
Iowa	Iowa	state	Iowa Reports	1855	1968
Iowa App LEXIS	Iowa App. LEXIS	state	LexisNexis Iowa Appeals Court		
Iowa App. LEXIS	Iowa App. LEXIS	state	LexisNexis Iowa Appeals Court		
Iowa Rep.	Iowa	state	Iowa Reports	1855	1968
Iowa Sup LEXIS	Iowa Sup. LEXIS	state	LexisNexis Iowa Supreme Court		
Iowa Sup. LEXIS	Iowa Sup. LEXIS	state	LexisNexis Iowa Supreme Court		
Ired	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
Ired Eq	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
Ired.	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
Ired.	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
Ired. Eq.	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
Ired. Eq. Rep.	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
Ired. Law	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
Ired. Law Rep.	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
Ired. Rep.	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
Ired. Rep.	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
Ired.Eq.(N.C.)	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
Ired.L.	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
Ired.L.(N.C.)	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
J.	Johns.	state	Johnson's Reports	1806	1823
J. Rep.	Johns.	state	Johnson's Reports	1806	1823
J.Ch.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
J.J. Marsh.	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
J.J.Mar.	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
J.J.Marsh.(Ky.)	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
JJ Marsh	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
JTS	JTS	state	Jurisprudencia del Tribunal Supremo	1899	
Jahn	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Jeff	Jeff.	state	Jefferson's Reports (Virginia General Court)		
Jeff.	Jeff.	state	Jefferson's Reports (Virginia General Court)		
Jeff. (Va.)	Jeff.	state	Jefferson's Reports (Virginia General Court)		
Jefferson	Jeff.	state	Jefferson's Reports (Virginia General Court)		
John.	Johns.	state	Johnson's Reports	1806	1823
John. Rep.	Johns.	state	Johnson's Reports	1806	1823
Johns	Johns.	state	Johnson's Reports	1806	1823
Johns Cas	Johns. Cas.	state	Johnson's Cases	1799	1803
Johns Ch	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns.	Johns.	state	Johnson's Reports	1806	1823
Johns.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns. Cas.	Johns. Cas.	state	Johnson's Cases	1799	1803
Johns. Ch.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns. Ch. Rep.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns.(N.Y.)	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns.Cas.(N.Y.)	Johns. Cas.	state	Johnson's Cases	1799	1803
Johns.Ch.(N.Y.)	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns.Ch.Cas.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johns.Ct.Err.	Johns.	state	Johnson's Reports	1806	1823
Johns.N.Y.	Johns.	state	Johnson's Reports	1806	1823
Johns.Rep.	Johns.	state	Johnson's Reports	1806	1823
Johns.Rep.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johnson	Johns.	state	Johnson's Reports	1806	1823
Johnson	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johnson	N.M. (J.)	state	New Mexico Reports (Johnson)		
Johnson Rep.	Johns.	state	Johnson's Reports	1806	1823
Johnson Rep.	Johns. Ch.	state	Johnsons' Chancery Reports	1814	1823
Johnson Rep.	N.M. (J.)	state	New Mexico Reports (Johnson)		
Jones	Jones	state	North Carolina Reports, Jones' Law	1853	1862
Jones	Jones Eq.	state	North Carolina Reports, Jones' Equity	1853	1863
Jones & S	Jones & S.	state	Jones & Spencer's Reports (33-61 New York Superior)		
Jones & S.	Jones & S.	state	Jones & Spencer's Reports (33-61 New York Superior)		
Jones & Spencer	Jones & S.	state	Jones & Spencer's Reports (33-61 New York Superior)		
Jones Eq	Jones Eq.	state	North Carolina Reports, Jones' Equity	1853	1863
Jones Eq.	Jones Eq.	state	North Carolina Reports, Jones' Equity	1853	1863
Jones L.	Jones	state	North Carolina Reports, Jones' Law	1853	1862
Jones Law	Jones Law	state	Jones' North Carolina Law Reports		
Jones Law.	Jones Law	state	Jones' North Carolina Law Reports		
Jones N.C.	Jones	state	North Carolina Reports, Jones' Law	1853	1862
Jones and Spencer's Super. Ct. Rep.	Jones & S.	state	Jones & Spencer's Reports (33-61 New York Superior)		
Jour Fr Inst	Jour. Fr. Inst.	specialty	Journal of the Franklin Institute	1826	
Jour Jur	Jour. Jur.	federal	Journal of Jurisprudence		
Jour. Fr. Inst.	Jour. Fr. Inst.	specialty	Journal of the Franklin Institute	1826	
Jour. Jur.	Jour. Jur.	federal	Journal of Jurisprudence		
Juris P.R.	Juris P.R.	state	Jurisprudencia Del Tribunal Supremo (PR)		
Juris PR	Juris P.R.	state	Jurisprudencia Del Tribunal Supremo (PR)		
Just	Just.	state	Justices' Law Reporter (Pennsylvania)		
Just.	Just.	state	Justices' Law Reporter (Pennsylvania)		
Kan	Kan.	state	Kansas Reports	1862	
Kan App	Kan. App.	state	Kansas Court of Appeals Reports	1895	1901
Kan App 2d	Kan. App. 2d	state	Kansas Court of Appeals Reports	1977	
Kan App LEXIS	Kan. App. LEXIS	state	LexisNexis Kansas Court of Appeals		
Kan App Unpub LEXIS	Kan. App. Unpub. LEXIS	state	LexisNexis Kansas Appeals Court Unpublished		
Kan LEXIS	Kan. LEXIS	state	LexisNexis Kansas Supreme Court		
Kan Unpub LEXIS	Kan. Unpub. LEXIS	state	LexisNexis Kansas Supreme Court Unpublished		
Kan.	Kan.	state	Kansas Reports	1862	
Kan. App.	Kan. App.	state	Kansas Court of Appeals Reports	1895	1901
Kan. App. 2d	Kan. App. 2d	state	Kansas Court of Appeals Reports	1977	
Kan. App. LEXIS	Kan. App. LEXIS	state	LexisNexis Kansas Court of Appeals		
Kan. App. Unpub. LEXIS	Kan. App. Unpub. LEXIS	state	LexisNexis Kansas Appeals Court Unpublished		
Kan. App.2d	Kan. App. 2d	state	Kansas Court of Appeals Reports	1977	
Kan. LEXIS	Kan. LEXIS	state	LexisNexis Kansas Supreme Court		
Kan. Rep.	Kan.	state	Kansas Reports	1862	
Kan. Unpub. LEXIS	Kan. Unpub. LEXIS	state	LexisNexis Kansas Supreme Court Unpublished		
Kan.App.	Kan. App.	state	Kansas Court of Appeals Reports	1895	1901
Kan.App. 2d	Kan. App. 2d	state	Kansas Court of Appeals Reports	1977	
Kan.App.2d	Kan. App. 2d	state	Kansas Court of Appeals Reports	1977	
Kans.	Kan.	state	Kansas Reports	1862	
Kans.App.	Kan. App.	state	Kansas Court of Appeals Reports	1895	1901
Kas.	Kan.	state	Kansas Reports	1862	
Kelly	Kelly	state	Kelly's Reports	1847	1849
Ken.Dec.	Sneed	state	Kentucky Reports, Sneed	1801	1805
Ken.L.Re.	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
Ken.Opin.	Ky. Op.	state	Kentucky Opinions	1864	1886
Keyes	Keyes	state	Keyes' New York Court of Appeals Reports	1863	1868
Kir.	Kirby	state	Kirby's Connecticut Reports	1785	1789
Kirb.	Kirby	state	Kirby's Connecticut Reports	1785	1789
Kirby	Kirby	state	Kirby's Connecticut Reports	1785	1789
Kulp	Kulp	state	Kulp's Luzerne Legal Register Reports (Pa.)		
Ky	Ky.	state	Kentucky Reports	1879	1951
Ky App	Ky. App.	state	Kentucky Appellate Reporter	1994	2000
Ky App LEXIS	Ky. App. LEXIS	state	LexisNexis Kentucky Appeals Court		
Ky App Unpub LEXIS	Ky. App. Unpub. LEXIS	state	LexisNexis Kentucky Appeals Court Unpublished		
Ky L Rptr	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
Ky L Summ	Ky. L. Summ.	state	Kentucky Law Summary	1966	
Ky LEXIS	Ky. LEXIS	state	LexisNexis Kentucky Supreme Court		
Ky Op	Ky. Op.	state	Kentucky Opinions	1864	1886
Ky Unpub LEXIS	Ky. Unpub. LEXIS	state	LexisNexis Kentucky Supreme Court Unpublished		
Ky.	Ky.	state	Kentucky Reports	1879	1951
Ky. App.	Ky. App.	state	Kentucky Appellate Reporter	1994	2000
Ky. App. LEXIS	Ky. App. LEXIS	state	LexisNexis Kentucky Appeals Court		
Ky. App. Unpub. LEXIS	Ky. App. Unpub. LEXIS	state	LexisNexis Kentucky Appeals Court Unpublished		
Ky. L. Rptr.	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
Ky. L. Summ.	Ky. L. Summ.	state	Kentucky Law Summary	1966	
Ky. LEXIS	Ky. LEXIS	state	LexisNexis Kentucky Supreme Court		
Ky. Law Rep.	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
Ky. Op.	Ky. Op.	state	Kentucky Opinions	1864	1886
Ky. Rep.	Ky.	state	Kentucky Reports	1879	1951
Ky. Unpub. LEXIS	Ky. Unpub. LEXIS	state	LexisNexis Kentucky Supreme Court Unpublished		
Ky.(A.K.Marsh.)	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Ky.(B.Mon.)	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
Ky.(Bibb)	Bibb	state	Kentucky Reports, Bibb	1808	1817
Ky.(Bush)	Bush	state	Kentucky Reports, Bush	1866	1879
Ky.(Dana)	Dana	state	Kentucky Reports, Dana	1833	1840
Ky.(Duv.)	Duv.	state	Kentucky Reports, Duvall	1863	1866
Ky.(Hard.)	Hard.	state	Kentucky Reports, Hardin	1805	1808
Ky.(Hughes)	Hughes	state	Kentucky Reports, Hughes	1785	1801
Ky.(J.J.Marsh.)	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
Ky.(Lit.Sel.Cas.)	Litt. Sel. Cas.	state	Kentucky Reports, Littell's Selected Cases	1795	1821
Ky.(Litt.)	Litt.	state	Kentucky Reports, Littell	1822	1824
Ky.(Met.)	Met.	state	Kentucky Reports, Metcalf	1858	1863
Ky.(Sneed)	Sneed	state	Kentucky Reports, Sneed	1801	1805
Ky.(T.B.Monroe)	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
Ky.L.R.	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
Ky.L.Rptr.	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
Ky.Law.Rep.	Ky. L. Rptr.	state	Kentucky Law Reporter	1880	1908
L Ed	L. Ed.	federal	Lawyer's Edition	1790	1956
L Ed 2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
L.	Lans. Ch.	state	Lansing's Chancery Reports	1824	1826
L. Ed.	L. Ed.	federal	Lawyer's Edition	1790	1956
L. Ed. 2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
L. Ed.2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
L. Rep.	Lans. Ch.	state	Lansing's Chancery Reports	1824	1826
L.E.	L. Ed.	federal	Lawyer's Edition	1790	1956
L.E.2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
L.Ed.	L. Ed.	federal	Lawyer's Edition	1790	1956
L.Ed. 2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
L.Ed.(U.S.)	L. Ed.	federal	Lawyer's Edition	1790	1956
L.Ed.2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
L.J.Q.B.	Law J. Q.B.	specialty	Law Journal, New Series, Queen's Bench, England	1831	1946
L.R.A (N.S.)	L.R.A (N.S.)	federal	Lawyers' Reports Annotated New Series		
L.R.A.	L.R.A.	federal	Lawyers' Reports Annotated		
L.R.A.N.S.	L.R.A (N.S.)	federal	Lawyers' Reports Annotated New Series		
L.R.R.M.	L.R.R.M. (BNA)	specialty	Labor Relations Reference Manual	1937	
L.R.R.M. (BNA)	L.R.R.M. (BNA)	specialty	Labor Relations Reference Manual	1937	
LA	LA	neutral	Louisiana Neutral Citation		
LAW ED	L. Ed.	federal	Lawyer's Edition	1790	1956
LCR	LCR	specialty	Land Court Reporter	1993	
LEXIS	LEXIS	specialty_lexis	LexisNexis Citation		
LEd	L. Ed.	federal	Lawyer's Edition	1790	1956
LEd2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
LRA	L.R.A.	federal	Lawyers' Reports Annotated		
LRA (NS)	L.R.A (N.S.)	federal	Lawyers' Reports Annotated New Series		
LRRM (BNA)	L.R.R.M. (BNA)	specialty	Labor Relations Reference Manual	1937	
La	La.	state	Louisiana Reports	1830	1972
La Ann	La. Ann.	state	Louisiana Annual Reports	1846	1900
La App	La. App.	state	Louisiana Court of Appeals Reports	1924	1932
La App LEXIS	La. App. LEXIS	state	LexisNexis Louisiana Appeals Court		
La App Unpub LEXIS	La. App. Unpub. LEXIS	state	LexisNexis Louisiana Appeals Court Unpublished		
La LEXIS	La. LEXIS	state	LexisNexis Louisiana Supreme Court		
La Law J	La. Law J.	state	Louisiana Law Journal	1841	1842
La.	La.	state	Louisiana Reports	1830	1972
La. Ann.	La. Ann.	state	Louisiana Annual Reports	1846	1900
La. Ann. Rep.	La. Ann.	state	Louisiana Annual Reports	1846	1900
La. App.	La. App.	state	Louisiana Court of Appeals Reports	1924	1932
La. App. LEXIS	La. App. LEXIS	state	LexisNexis Louisiana Appeals Court		
La. App. Unpub. LEXIS	La. App. Unpub. LEXIS	state	LexisNexis Louisiana Appeals Court Unpublished		
La. LEXIS	La. LEXIS	state	LexisNexis Louisiana Supreme Court		
La. Law J.	La. Law J.	state	Louisiana Law Journal	1841	1842
La. Rep.	La.	state	Louisiana Reports	1830	1972
La.A.	La. App.	state	Louisiana Court of Appeals Reports	1924	1932
La.Ann.	La. Ann.	state	Louisiana Annual Reports	1846	1900
La.App.	La. App.	state	Louisiana Court of Appeals Reports	1924	1932
La.App. 1 Cir.	La.App. 1 Cir.	state	Court of Appeal of Louisiana, First Circuit		
La.App. 2 Cir.	La.App. 2 Cir.	state	Court of Appeal of Louisiana, Second Circuit		
La.App. 3 Cir.	La.App. 3 Cir.	state	Court of Appeal of Louisiana, Third Circuit		
La.App. 4 Cir.	La.App. 4 Cir.	state	Court of Appeal of Louisiana, Fourth Circuit		
La.App. 5 Cir.	La.App. 5 Cir.	state	Court of Appeal of Louisiana, Fifth Circuit		
La.App. 6 Cir.	La.App. 6 Cir.	state	Court of Appeal of Louisiana, Sixth Circuit		
La.App.(Orleans)	Teiss.	state	Louisiana Court of Appeals Reports, Teissier	1903	1917
LaApp 1 Cir	La.App. 1 Cir.	state	Court of Appeal of Louisiana, First Circuit		
LaApp 2 Cir	La.App. 2 Cir.	state	Court of Appeal of Louisiana, Second Circuit		
LaApp 3 Cir	La.App. 3 Cir.	state	Court of Appeal of Louisiana, Third Circuit		
LaApp 4 Cir	La.App. 4 Cir.	state	Court of Appeal of Louisiana, Fourth Circuit		
LaApp 5 Cir	La.App. 5 Cir.	state	Court of Appeal of Louisiana, Fifth Circuit		
LaApp 6 Cir	La.App. 6 Cir.	state	Court of Appeal of Louisiana, Sixth Circuit		
Lab Arb Awards (CCH)	Lab. Arb. Awards (CCH)	specialty	Labor Arbitration Awards		
Lab Arb Rep (BNA)	Lab. Arb. Rep. (BNA)	specialty	Labor Arbitration Reports		
Lab Cas (CCH)	Lab. Cas. (CCH)	specialty	Labor Cases		
Lab L Rep (CCH)	Lab. L. Rep. (CCH)	specialty	Labor Law Reporter (CCH)		
Lab Rel Rep (BNA)	Lab. Rel. Rep. (BNA)	specialty	Labor Relations Reporter		
Lab. Arb. Awards (CCH)	Lab. Arb. Awards (CCH)	specialty	Labor Arbitration Awards		
Lab. Arb. Rep. (BNA)	Lab. Arb. Rep. (BNA)	specialty	Labor Arbitration Reports		
Lab. Cas. (CCH)	Lab. Cas. (CCH)	specialty	Labor Cases		
Lab. L. Rep. (CCH)	Lab. L. Rep. (CCH)	specialty	Labor Law Reporter (CCH)		
Lab. Rel. Rep. (BNA)	Lab. Rel. Rep. (BNA)	specialty	Labor Relations Reporter		
Lab.Cas.	Lab. Cas. (CCH)	specialty	Labor Cases		
Lac. Jur.	Lack.Jur.	state	Lackawanna Jurist (Pa.)		
Lack LN	Lack. L.N.	state	Lackawanna Legal News (Pa.)		
Lack. L.N.	Lack. L.N.	state	Lackawanna Legal News (Pa.)		
Lack. Leg.	Lack. L.N.	state	Lackawanna Legal News (Pa.)		
Lack. Leg. News (P.A.)	Lack. L.N.	state	Lackawanna Legal News (Pa.)		
Lack.Jur.	Lack.Jur.	state	Lackawanna Jurist (Pa.)		
Lack.Jurist	Lack.Jur.	state	Lackawanna Jurist (Pa.)		
Lack.L.N.	Lack. L.N.	state	Lackawanna Legal News (Pa.)		
LackJur	Lack.Jur.	state	Lackawanna Jurist (Pa.)		
Lacka. Leg. News	Lack. L.N.	state	Lackawanna Legal News (Pa.)		
Lalor	Hill & Den.	state	Hill and Denio Supplement (Lalor)	1842	1844
Lalor Supp.	Hill & Den.	state	Hill and Denio Supplement (Lalor)	1842	1844
Lanc L Rev	Lanc. L. Rev.	state	Lancaster Law Review		
Lanc. L. Rev.	Lanc. L. Rev.	state	Lancaster Law Review		
Lans	Lans.	state	Lansing's Reports	1869	1873
Lans Ch	Lans. Ch.	state	Lansing's Chancery Reports	1824	1826
Lans.	Lans.	state	Lansing's Reports	1869	1873
Lans.	Lans. Ch.	state	Lansing's Chancery Reports	1824	1826
Lans. Ch.	Lans. Ch.	state	Lansing's Chancery Reports	1824	1826
Law & Eq Rep	Law & Eq. Rep.	federal	Law and Equity Reporter	1876	1878
Law & Eq. Rep.	Law & Eq. Rep.	federal	Law and Equity Reporter	1876	1878
Law J QB	Law J. Q.B.	specialty	Law Journal, New Series, Queen's Bench, England	1831	1946
Law J. Q.B.	Law J. Q.B.	specialty	Law Journal, New Series, Queen's Bench, England	1831	1946
Law Rep	Law Rep.	state	Monthly Law Reporter, Boston Mass.		
Law Rep.	Law Rep.	state	Monthly Law Reporter, Boston Mass.		
Law Reporter	Law Reporter	state	The Law Reporter	1839	1848
Law Times (N.S.)	Law Times (N.S.)	state	Law Times (New Series)	1876	1879
Law Times (NS)	Law Times (N.S.)	state	Law Times (New Series)	1876	1879
Law, Rep.	Law Rep.	state	Monthly Law Reporter, Boston Mass.		
Law. Rep.	Law Rep.	state	Monthly Law Reporter, Boston Mass.		
Law.Ed.	L. Ed.	federal	Lawyer's Edition	1790	1956
Lea	Lea.	state	Lea's Tennessee Reports		
Lea.	Lea.	state	Lea's Tennessee Reports		
Leg Int	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Leg Op	Leg. Op.	state	Legal Opinions		
Leg Rec Rep	Leg. Rec. Rep.	state	Legal Record Reports (1-2 Schuykill Co. (Pa.)		
Leg. Gaz.	Legal Gaz.	federal	Legal Gazette		
Leg. Gaz. Rep.	Legal Gaz.	federal	Legal Gazette		
Leg. Int.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Leg. Intel. or Intell.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Leg. Op.	Leg. Op.	state	Legal Opinions		
Leg. Ops. (Pa.)	Leg. Op.	state	Legal Opinions		
Leg. Rec.	Leg. Rec. Rep.	state	Legal Record Reports (1-2 Schuykill Co. (Pa.)		
Leg. Rec. Rep.	Leg. Rec. Rep.	state	Legal Record Reports (1-2 Schuykill Co. (Pa.)		
Leg. Rep.	Tenn. Leg. Rep.	state	Tennessee Legal Reporter	1877	1879
Leg.Int.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Leg.Rec.	Leg. Rec. Rep.	state	Legal Record Reports (1-2 Schuykill Co. (Pa.)		
Legal Gaz	Legal Gaz.	federal	Legal Gazette		
Legal Gaz.	Legal Gaz.	federal	Legal Gazette		
Legal Int.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Legal Intel.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Legal Intell.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Legal Intelligencer	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Leh. V.L.R. (Pa.)	Lehigh	state	Lehigh Valley Law Reporter (Pa.)		
Lehigh	Lehigh	state	Lehigh Valley Law Reporter (Pa.)		
Lehigh V.L.R.	Lehigh	state	Lehigh Valley Law Reporter (Pa.)		
Lehigh Val. L. Rep.	Lehigh	state	Lehigh Valley Law Reporter (Pa.)		
Lehigh Val. L.R.	Lehigh	state	Lehigh Valley Law Reporter (Pa.)		
Lehigh Val. Law Rep	Lehigh	state	Lehigh Valley Law Reporter (Pa.)		
Leigh	Leigh	state	Virginia Reports, Leigh	1829	1842
Leigh (Va.)	Leigh	state	Virginia Reports, Leigh	1829	1842
Leigh Rep.	Leigh	state	Virginia Reports, Leigh	1829	1842
Life Cas (CCH)	Life. Cas. (CCH)	specialty	Life (Health & Accident) Cases (CCH)		
Life Cas 2d (CCH)	Life. Cas. 2d (CCH)	specialty	Life (Health & Accident) Cases (CCH)		
Life. Cas. (CCH)	Life. Cas. (CCH)	specialty	Life (Health & Accident) Cases (CCH)		
Life. Cas. 2d (CCH)	Life. Cas. 2d (CCH)	specialty	Life (Health & Accident) Cases (CCH)		
Life. Cas. 2d(CCH)	Life. Cas. 2d (CCH)	specialty	Life (Health & Accident) Cases (CCH)		
Liquor Cont L Rep (CCH)	Liquor Cont. L. Rep. (CCH)	specialty	Liquor Control Law Reports		
Liquor Cont. L. Rep. (CCH)	Liquor Cont. L. Rep. (CCH)	specialty	Liquor Control Law Reports		
Liquor Tax Rep	Liquor Tax Rep.	state	Liquor Tax Law Reports	1896	1905
Liquor Tax Rep.	Liquor Tax Rep.	state	Liquor Tax Law Reports	1896	1905
Lit.	Litt.	state	Kentucky Reports, Littell	1822	1824
Lit. Rep.	Litt.	state	Kentucky Reports, Littell	1822	1824
Lit.Sel.Ca.	Litt. Sel. Cas.	state	Kentucky Reports, Littell's Selected Cases	1795	1821
Litt	Litt.	state	Kentucky Reports, Littell	1822	1824
Litt Sel Cas	Litt. Sel. Cas.	state	Kentucky Reports, Littell's Selected Cases	1795	1821
Litt.	Litt.	state	Kentucky Reports, Littell	1822	1824
Litt. Rep.	Litt.	state	Kentucky Reports, Littell	1822	1824
Litt. Sel. Cas.	Litt. Sel. Cas.	state	Kentucky Reports, Littell's Selected Cases	1795	1821
Litt. Sel. Cas. (Ky.)	Litt. Sel. Cas.	state	Kentucky Reports, Littell's Selected Cases	1795	1821
Litt.(Ky.)	Litt.	state	Kentucky Reports, Littell	1822	1824
Littell	Litt.	state	Kentucky Reports, Littell	1822	1824
Littell Rep.	Litt.	state	Kentucky Reports, Littell	1822	1824
Liv Law Mag	Liv. Law Mag.	state	Livingston's Law Magazine		
Liv. Law Mag.	Liv. Law Mag.	state	Livingston's Law Magazine		
Lock Rev Cas	Lock. Rev. Cas.	state	Lockwood's Reversed Cases	1799	1847
Lock. Rev. Cas.	Lock. Rev. Cas.	state	Lockwood's Reversed Cases	1799	1847
Low	Low.	federal	Lowell's District Court Reports (US Mass. Dist.)		
Low.	Low.	federal	Lowell's District Court Reports (US Mass. Dist.)		
Low. Dec.	Low.	federal	Lowell's District Court Reports (US Mass. Dist.)		
Low. Dis.	Low.	federal	Lowell's District Court Reports (US Mass. Dist.)		
Lowell	Low.	federal	Lowell's District Court Reports (US Mass. Dist.)		
Lowell.	Low.	federal	Lowell's District Court Reports (US Mass. Dist.)		
Luz LR	Luz. L.R.	state	Luzerne Legal Register (Pa.)		
Luz. L.R.	Luz. L.R.	state	Luzerne Legal Register (Pa.)		
Luz. Leg. Reg.	Luz. L.R.	state	Luzerne Legal Register (Pa.)		
Luz. Leg. Reg. Rep.	Luz. L.R.	state	Luzerne Legal Register (Pa.)		
Luz.L.R.	Luz. L.R.	state	Luzerne Legal Register (Pa.)		
M.	Mich.	state	Michigan Reports	1847	
M. J.	M.J.	specialty	Military Justice Reporter	1975	
M.& Y.	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
M.& Y.R.	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
M.D.L.R.	MDLR	specialty	Massachusetts Discrimination Law Reporter		
M.J.	M.J.	specialty	Military Justice Reporter	1975	
M.S.P.B.	M.S.P.B.	federal	Decisions of the United States Merit Systems Protection Board		
M.S.P.R.	M.S.P.R.	specialty	United States Merit Systems Protection Board Reporter		
M.T.C.A.	M.T.C.A.	specialty	Mohegan Tribal Court Appeals		
M.T.C.R.	M.T.C.R.	specialty	Mohegan Tribal Court Reporter		
MDBT	MDBT	state	Maryland Business and Technology	2003	
MDLR	MDLR	specialty	Massachusetts Discrimination Law Reporter		
ME	ME	neutral	Maine Reports	1996	
MJ	M.J.	specialty	Military Justice Reporter	1975	
ML	ML	state	The Water Court of the State of Montana		
MP	MP	state	Northern Mariana Islands		
MS	MS	neutral	Mississippi Neutral Citation		
MSPB	MSPB	neutral	Merit Systems Protection Board		
MSPR	M.S.P.R.	specialty	United States Merit Systems Protection Board Reporter		
MT	MT	neutral	Montana Neutral Citation		
MTCA	M.T.C.A.	specialty	Mohegan Tribal Court Appeals		
MTCR	M.T.C.R.	specialty	Mohegan Tribal Court Reporter		
Ma.	Mass.	state	Massachusetts Reports	1867	
Ma.A.	Mass. App. Ct.	state	Massachusetts Appeals Court Reports	1972	
Mac. A. Pat. Cas.	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
MacA Pat Cas	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
MacA. Pat Cas.	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
MacA. Pat. Cas.	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
MacAr.	MacArth.	state	District of Columbia Reports, MacArthur	1873	1879
MacAr.& M.	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
MacAr.& Mackey	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
MacArth	MacArth.	state	District of Columbia Reports, MacArthur	1873	1879
MacArth & M	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
MacArth.	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
MacArth.	MacArth.	state	District of Columbia Reports, MacArthur	1873	1879
MacArth. & M.	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
MacArth.& M.(Dist.Col.)	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
MacArthur	MacArth.	state	District of Columbia Reports, MacArthur	1873	1879
MacArthur & M.	MacArth. & M.	state	District of Columbia Reports, MacArthur and Mackey	1879	1880
Mackey	Mackey	state	District of Columbia Reports, Mackey	1863	1892
Mai.	Me.	state	Maine Reports	1820	1965
Maine	Me.	state	Maine Reports	1820	1965
Maine Rep.	Me.	state	Maine Reports	1820	1965
Man. Unrep. Cas.	Mann. Unrep. Cas.	state	Manning's Unreported Cases (La.)		
Mann Unrep Cas	Mann. Unrep. Cas.	state	Manning's Unreported Cases (La.)		
Mann. Unrep. Cas.	Mann. Unrep. Cas.	state	Manning's Unreported Cases (La.)		
Manning La.	Mann. Unrep. Cas.	state	Manning's Unreported Cases (La.)		
Manning's U.C.	Mann. Unrep. Cas.	state	Manning's Unreported Cases (La.)		
Manning's Unrep. Cases	Mann. Unrep. Cas.	state	Manning's Unreported Cases (La.)		
Manum.	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
Manum. Cas.	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
Mar.	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Mar. Rep.	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Marsh.	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Marsh.	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
Marsh. Rep.	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Marsh. Rep.	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
Marsh.(Ky.)	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Marsh.(Ky.)	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
Marsh.A.K.	A.K. Marsh.	state	Kentucky Reports, Marshall, A.K.	1817	1821
Marsh.J.J.	J.J. Marsh.	state	Kentucky Reports, Marshall, J.J.	1829	1832
Mart	Mart.	state	Louisiana Reports, Martin	1809	1830
Mart	Mart.	state	North Carolina Reports, Martin	1778	1797
Mart & Yer	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
Mart (NS)	Mart. (N.S.)	state	Louisiana Reports, Martin		
Mart OS (La)	Mart. O.S. (La.)	federal	Martin's Louisiana Reports, Old Series		
Mart.	Mart.	state	Louisiana Reports, Martin	1809	1830
Mart.	Mart.	state	North Carolina Reports, Martin	1778	1797
Mart. & Yer.	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
Mart. (N. C.)	Mart.	state	North Carolina Reports, Martin	1778	1797
Mart. (N.S.)	Mart. (N.S.)	state	Louisiana Reports, Martin		
Mart. (O. S.)	Mart.	state	Louisiana Reports, Martin	1809	1830
Mart. (n.s.)	Mart. (N.S.)	state	Louisiana Reports, Martin		
Mart. (o.s.)	Mart.	state	Louisiana Reports, Martin	1809	1830
Mart. N. C.	Mart.	state	North Carolina Reports, Martin	1778	1797
Mart. O.S. (La.)	Mart. O.S. (La.)	federal	Martin's Louisiana Reports, Old Series		
Mart. Rep.	Mart.	state	Louisiana Reports, Martin	1809	1830
Mart. Rep.	Mart.	state	North Carolina Reports, Martin	1778	1797
Mart.& Y.	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
Mart.& Y.(Tenn.)	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
Mart.& Yerg.	Mart. & Yer.	state	Tennessee Reports, Martin & Yerger	1825	1828
Mart.(o.s.)	Mart.	state	Louisiana Reports, Martin	1809	1830
Mart.Dec.	Mart.	state	North Carolina Reports, Martin	1778	1797
Mart.N.C.	Mart.	state	North Carolina Reports, Martin	1778	1797
Martin	Mart.	state	North Carolina Reports, Martin	1778	1797
Martin Rep.	Mart.	state	North Carolina Reports, Martin	1778	1797
Marv.	Marvel	state	Delaware Reports, Marvel	1893	1897
Marv. (Del.)	Marvel	state	Delaware Reports, Marvel	1893	1897
Marvel	Marvel	state	Delaware Reports, Marvel	1893	1897
Maryland	Md.	state	Maryland Reports	1851	
Maryland Rep.	Md.	state	Maryland Reports	1851	
Mas.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mas.	Mass.	state	Massachusetts Reports	1867	
Mas. Rep.	Mass.	state	Massachusetts Reports	1867	
Mason	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason C.C.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason C.C.R.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason CC	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason Circt. Ct. R.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason R.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason U.S.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mason.	Mason C.C.	federal	Mason's United States (US) Circuit Court Reports		
Mass	Mass.	state	Massachusetts Reports	1867	
Mass App Ct	Mass. App. Ct.	state	Massachusetts Appeals Court Reports	1972	
Mass App Dec	Mass. App. Dec.	state	Massachusetts Appellate Decisions	1941	1977
Mass App Div	Mass. App. Div.	state	Reports of Massachusetts Appellate Division	1936	
Mass App Div Adv Sh	Mass. App. Div. Adv. Sh.	state	Massachusetts Appellate Division Advance Sheets	1975	
Mass App Div LEXIS	Mass. App. Div. LEXIS	state	LexisNexis Massachusetts Appellate Division		
Mass App LEXIS	Mass. App. LEXIS	state	LexisNexis Massachusetts Court of Appeals		
Mass App Unpub LEXIS	Mass. App. Unpub. LEXIS	state	LexisNexis Massachusetts Appeals Court Unpublished		
Mass L Rptr	Mass. L. Rptr.	state	Massachusetts Law Reporter	1993	
Mass LCR LEXIS	Mass. LCR LEXIS	state	LexisNexis Massachusetts Land Court		
Mass LEXIS	Mass. LEXIS	state	LexisNexis Massachusetts Supreme Court		
Mass Super LEXIS	Mass. Super. LEXIS	state	LexisNexis Massachusetts Superior Court		
Mass Supp	Mass. Supp.	state	Massachusetts Reports Supplement	1980	1983
Mass.	Mass.	state	Massachusetts Reports	1867	
Mass. (Cush)	Mass.	state	Massachusetts Reports	1867	
Mass. App. Ct.	Mass. App. Ct.	state	Massachusetts Appeals Court Reports	1972	
Mass. App. Dec.	Mass. App. Dec.	state	Massachusetts Appellate Decisions	1941	1977
Mass. App. Div.	Mass. App. Div.	state	Reports of Massachusetts Appellate Division	1936	
Mass. App. Div. Adv. Sh.	Mass. App. Div. Adv. Sh.	state	Massachusetts Appellate Division Advance Sheets	1975	
Mass. App. Div. LEXIS	Mass. App. Div. LEXIS	state	LexisNexis Massachusetts Appellate Division		
Mass. App. LEXIS	Mass. App. LEXIS	state	LexisNexis Massachusetts Court of Appeals		
Mass. App. Unpub. LEXIS	Mass. App. Unpub. LEXIS	state	LexisNexis Massachusetts Appeals Court Unpublished		
Mass. L. Rptr.	Mass. L. Rptr.	state	Massachusetts Law Reporter	1993	
Mass. LCR LEXIS	Mass. LCR LEXIS	state	LexisNexis Massachusetts Land Court		
Mass. LEXIS	Mass. LEXIS	state	LexisNexis Massachusetts Supreme Court		
Mass. Law Rep	Mass. L. Rptr.	state	Massachusetts Law Reporter	1993	
Mass. Law Rep.	Mass. L. Rptr.	state	Massachusetts Law Reporter	1993	
Mass. R.	Mass.	state	Massachusetts Reports	1867	
Mass. Rep.	Mass.	state	Massachusetts Reports	1867	
Mass. Super. LEXIS	Mass. Super. LEXIS	state	LexisNexis Massachusetts Superior Court		
Mass. Supp.	Mass. Supp.	state	Massachusetts Reports Supplement	1980	1983
Mass.(Allen)	Allen	state	Massachusetts Reports, Allen	1861	1867
Mass.(Cush.)	Cush.	state	Massachusetts Reports, Cushing	1848	1853
Mass.(Gray)	Gray	state	Massachusetts Reports, Gray	1854	1860
Mass.(Met.)	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Mass.(Pick.)	Pick.	state	Massachusetts Reports, Pickering	1822	1839
Mass.(Tyng)	Tyng	state	Massachusetts Reports, Tyng	1806	1822
Mass.(Will.)	Will.	state	Massachusetts Reports, Williams	1804	1805
Mass.App.	Mass. App. Ct.	state	Massachusetts Appeals Court Reports	1972	
Mass.App.Ct.	Mass. App. Ct.	state	Massachusetts Appeals Court Reports	1972	
Mc Lean	McLean	federal	McLean's United States (US) Circuit Court Reports		
Mc.A. Pat. Cas.	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
McA. Pat. Cas.	MacA. Pat. Cas.	specialty	Reports of cases arising upon applications for letters-patent for inventions determined in the Circuit and Supreme Court of the District of Columbia (MacArthur's Patent Cases)		
McAl.	McAll.	federal	McAllister's Circuit Court Reports (U.S.)		
McAll	McAll.	federal	McAllister's Circuit Court Reports (U.S.)		
McAll.	McAll.	federal	McAllister's Circuit Court Reports (U.S.)		
McAll. (Cal.)	McAll.	federal	McAllister's Circuit Court Reports (U.S.)		
McAllister U.S. Circ. Court R.	McAll.	federal	McAllister's Circuit Court Reports (U.S.)		
McCah.	McCahon	state	Kansas Reports, McCahon	1858	1868
McCahon	McCahon	state	Kansas Reports, McCahon	1858	1868
McCanless	McCanless	state	Mccanless' Reports (Tenn.)		
McCord	McCord	state	South Carolina Reports, McCord	1821	1828
McCord Ch.	McCord Eq.	state	South Carolina Reports, McCord's Chancery	1825	1827
McCord Ch. Rep.	McCord Eq.	state	South Carolina Reports, McCord's Chancery	1825	1827
McCord Eq	McCord Eq.	state	South Carolina Reports, McCord's Chancery	1825	1827
McCord Eq.	McCord Eq.	state	South Carolina Reports, McCord's Chancery	1825	1827
McCord Rep.	McCord	state	South Carolina Reports, McCord	1821	1828
McCrary	McCrary's Cir. Ct. Rpts	federal	McCrary's Circuit Court Reports		
McCrary's Cir Ct Rpts	McCrary's Cir. Ct. Rpts	federal	McCrary's Circuit Court Reports		
McCrary's Cir. Ct. Rpts	McCrary's Cir. Ct. Rpts	federal	McCrary's Circuit Court Reports		
McGl	McGl.	state	Louisiana Court of Appeals Reports, McGloin	1881	1884
McGl.	McGl.	state	Louisiana Court of Appeals Reports, McGloin	1881	1884
McGloin	McGl.	state	Louisiana Court of Appeals Reports, McGloin	1881	1884
McGrath	McGrath	state	McGrath's Mandamus Cases (Michigan)		
McGrdath	McGrath	state	McGrath's Mandamus Cases (Michigan)		
McLean	McLean	federal	McLean's United States (US) Circuit Court Reports		
McLean.	McLean	federal	McLean's United States (US) Circuit Court Reports		
McMul	McMul.	state	South Carolina Reports, McMullen	1840	1842
McMul Eq	McMul. Eq.	state	South Carolina Reports, McMullen's Equity	1840	1842
McMul.	McMul.	state	South Carolina Reports, McMullen	1840	1842
McMul. Eq.	McMul. Eq.	state	South Carolina Reports, McMullen's Equity	1840	1842
McMul.Eq.(S.C.)	McMul. Eq.	state	South Carolina Reports, McMullen's Equity	1840	1842
McMul.L.(S.C.)	McMul.	state	South Carolina Reports, McMullen	1840	1842
Md	Md.	state	Maryland Reports	1851	
Md App	Md. App.	state	Maryland Appellate Reports	1967	
Md App LEXIS	Md. App. LEXIS	state	LexisNexis Maryland Court of Appeals		
Md Ch	Md. Ch.	state	Reports of cases decided in the High court of chancery of Maryland	1841	1853
Md Cir Ct LEXIS	Md. Cir. Ct. LEXIS	state	LexisNexis Maryland Circuit Court		
Md LEXIS	Md. LEXIS	state	LexisNexis Maryland Court Appeals		
Md Law Rec	Md. Law Rec.	state	Maryland Law Record	1878	1889
Md Tax LEXIS	Md. Tax LEXIS	state	LexisNexis Maryland Supreme Court		
Md.	Md.	state	Maryland Reports	1851	
Md. App.	Md. App.	state	Maryland Appellate Reports	1967	
Md. App. LEXIS	Md. App. LEXIS	state	LexisNexis Maryland Court of Appeals		
Md. Ch.	Md. Ch.	state	Reports of cases decided in the High court of chancery of Maryland	1841	1853
Md. Cir. Ct. LEXIS	Md. Cir. Ct. LEXIS	state	LexisNexis Maryland Circuit Court		
Md. LEXIS	Md. LEXIS	state	LexisNexis Maryland Court Appeals		
Md. Law Rec.	Md. Law Rec.	state	Maryland Law Record	1878	1889
Md. Rep.	Md.	state	Maryland Reports	1851	
Md. Tax LEXIS	Md. Tax LEXIS	state	LexisNexis Maryland Supreme Court		
Md.App.	Md. App.	state	Maryland Appellate Reports	1967	
Me LEXIS	Me. LEXIS	state	LexisNexis Maine Supreme Court		
Me Super LEXIS	Me. Super. LEXIS	state	LexisNexis Maine Superior Court		
Me Unpub LEXIS	Me. Unpub. LEXIS	state	LexisNexis Maine Supreme Court Unpublished		
Me.	ME	neutral	Maine Reports	1996	
Me.	Me.	state	Maine Reports	1820	1965
Me. LEXIS	Me. LEXIS	state	LexisNexis Maine Supreme Court		
Me. Super. LEXIS	Me. Super. LEXIS	state	LexisNexis Maine Superior Court		
Me. Unpub. LEXIS	Me. Unpub. LEXIS	state	LexisNexis Maine Supreme Court Unpublished		
Med & Med GD (CCH)	Medicare & Medicaid Guide (CCH)	specialty	Medicare and Medicaid Guide		
Med Devices Rep (CCH)	Med. Devices Rep. (CCH)	specialty	Medical Devices Reports		
Med. Devices Rep. (CCH)	Med. Devices Rep. (CCH)	specialty	Medical Devices Reports		
Media L Rep (BNA)	Media L. Rep. (BNA)	specialty	Media Law Reporter		
Media L. Rep.	Media L. Rep. (BNA)	specialty	Media Law Reporter		
Media L. Rep. (BNA)	Media L. Rep. (BNA)	specialty	Media Law Reporter		
Medicare & Medicaid Guide (CCH)	Medicare & Medicaid Guide (CCH)	specialty	Medicare and Medicaid Guide		
Meigs	Meigs	state	Tennessee Reports, Meigs	1838	1839
Met	Met.	state	Kentucky Reports, Metcalf	1858	1863
Met	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Met.	Met.	state	Kentucky Reports, Metcalf	1858	1863
Met.	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Met. Rep.	Met.	state	Kentucky Reports, Metcalf	1858	1863
Met. Rep.	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Metc.	Met.	state	Kentucky Reports, Metcalf	1858	1863
Metc.	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Metc. Rep.	Met.	state	Kentucky Reports, Metcalf	1858	1863
Metc. Rep.	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Metc.Ky.	Met.	state	Kentucky Reports, Metcalf	1858	1863
Metc.Mass.	Met.	state	Massachusetts Reports, Metcalf	1840	1847
Mich	Mich.	state	Michigan Reports	1847	
Mich App	Mich. App.	state	Michigan Appeals Reports	1965	
Mich App LEXIS	Mich. App. LEXIS	state	LexisNexis Michigan Supreme Court		
Mich Ct Cl	Mich. Ct. Cl.	state	Michigan Court of Claims Reports	1938	1942
Mich LEXIS	Mich. LEXIS	state	LexisNexis Michigan Supreme Court		
Mich Lawy	Mich. Lawy.	state	Michigan Lawyer	1875	1879
Mich NP	Mich. N.P.	state	Brown's or Howell's Michigan Nisi Prius Reports or Cases		
Mich Pr	Mich. Pr.	state	Practice reports. Cases decided in the Supreme court of Michigan in 1896, in which written opinions were not filed.		
Mich.	Mich.	state	Michigan Reports	1847	
Mich. App.	Mich. App.	state	Michigan Appeals Reports	1965	
Mich. App. LEXIS	Mich. App. LEXIS	state	LexisNexis Michigan Supreme Court		
Mich. Ct. App.	Mich. App.	state	Michigan Appeals Reports	1965	
Mich. Ct. Cl.	Mich. Ct. Cl.	state	Michigan Court of Claims Reports	1938	1942
Mich. LEXIS	Mich. LEXIS	state	LexisNexis Michigan Supreme Court		
Mich. Lawy.	Mich. Lawy.	state	Michigan Lawyer	1875	1879
Mich. N.P.	Mich. N.P.	state	Brown's or Howell's Michigan Nisi Prius Reports or Cases		
Mich. N.P. R.	Mich. N.P.	state	Brown's or Howell's Michigan Nisi Prius Reports or Cases		
Mich. Pr.	Mich. Pr.	state	Practice reports. Cases decided in the Supreme court of Michigan in 1896, in which written opinions were not filed.		
Mich. Rep.	Mich.	state	Michigan Reports	1847	
Mich.App.	Mich. App.	state	Michigan Appeals Reports	1965	
Miles	Miles	state	Reports of cases determined in the district court for the city and county of Philadelphia	1825	1842
Mill	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
Mill Const.	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
Mill Const.(S.C.)	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
Miller's Notebook	Miller's Notebook	specialty	Miller's Notebook	1792	1830
Miller’s Notebook	Miller's Notebook	specialty	Miller's Notebook	1792	1830
Mills	Mills Surr.	state	Mills' Reports, New York Surrogate Court	1899	1917
Mills Surr	Mills Surr.	state	Mills' Reports, New York Surrogate Court	1899	1917
Mills Surr.	Mills Surr.	state	Mills' Reports, New York Surrogate Court	1899	1917
Mills.	Mills Surr.	state	Mills' Reports, New York Surrogate Court	1899	1917
Min.	Minn.	state	Minnesota Reports	1851	1977
Min.	Minor	state	Minor's Alabama Reports	1820	1826
Min. Rep.	Minn.	state	Minnesota Reports	1851	1977
Min. Rep.	Minor	state	Minor's Alabama Reports	1820	1826
Minn	Minn.	state	Minnesota Reports	1851	1977
Minn App LEXIS	Minn. App. LEXIS	state	LexisNexis Minnesota Appeals Court		
Minn App Unpub LEXIS	Minn. App. Unpub. LEXIS	state	LexisNexis Minnesota Appeals Court Unpublished		
Minn Dist LEXIS	Minn. Dist. LEXIS	state	LexisNexis Minnesota District Court		
Minn LEXIS	Minn. LEXIS	state	LexisNexis Minnesota Supreme Court		
Minn Tax LEXIS	Minn. Tax LEXIS	state	LexisNexis Minnesota Supreme Court		
Minn.	Minn.	state	Minnesota Reports	1851	1977
Minn. App. LEXIS	Minn. App. LEXIS	state	LexisNexis Minnesota Appeals Court		
Minn. App. Unpub. LEXIS	Minn. App. Unpub. LEXIS	state	LexisNexis Minnesota Appeals Court Unpublished		
Minn. Dist. LEXIS	Minn. Dist. LEXIS	state	LexisNexis Minnesota District Court		
Minn. LEXIS	Minn. LEXIS	state	LexisNexis Minnesota Supreme Court		
Minn. Rep.	Minn.	state	Minnesota Reports	1851	1977
Minn. Tax LEXIS	Minn. Tax LEXIS	state	LexisNexis Minnesota Supreme Court		
Minor	Minor	state	Minor's Alabama Reports	1820	1826
Minor (Ala.)	Minor	state	Minor's Alabama Reports	1820	1826
Mis.	Miss.	state	Mississippi Reports	1851	1966
Mis. Rep.	Miss.	state	Mississippi Reports	1851	1966
Misc	Misc.	state	New York Miscellaneous Reports	1892	1955
Misc 2d	Misc. 2d	state	New York Miscellaneous Reports	1955	2004
Misc 3d	Misc. 3d	state	New York Miscellaneous Reports	2004	
Misc Rep	Misc.	state	New York Miscellaneous Reports	1892	1955
Misc Rep.	Misc.	state	New York Miscellaneous Reports	1892	1955
Misc.	Misc.	state	New York Miscellaneous Reports	1892	1955
Misc. 2d	Misc. 2d	state	New York Miscellaneous Reports	1955	2004
Misc. 3d	Misc. 3d	state	New York Miscellaneous Reports	2004	
Misc. Rep	Misc.	state	New York Miscellaneous Reports	1892	1955
Misc. Rep.	Misc.	state	New York Miscellaneous Reports	1892	1955
Misc.2d	Misc. 2d	state	New York Miscellaneous Reports	1955	2004
Misc.3d	Misc. 3d	state	New York Miscellaneous Reports	2004	
Miss	Miss.	state	Mississippi Reports	1851	1966
Miss App LEXIS	Miss. App. LEXIS	state	LexisNexis Mississippi Appeals Court		
Miss Dec	Miss. Dec.	state	Mississippi Decisions		
Miss LEXIS	Miss. LEXIS	state	LexisNexis Mississippi Supreme Court		
Miss.	Miss.	state	Mississippi Reports	1851	1966
Miss. (S. & M. Ch.)	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
Miss. App. LEXIS	Miss. App. LEXIS	state	LexisNexis Mississippi Appeals Court		
Miss. Dec.	Miss. Dec.	state	Mississippi Decisions		
Miss. LEXIS	Miss. LEXIS	state	LexisNexis Mississippi Supreme Court		
Miss. R.	Miss.	state	Mississippi Reports	1851	1966
Miss. Rep.	Miss.	state	Mississippi Reports	1851	1966
Miss.(Howard)	Howard	state	Mississippi Reports, Howard	1834	1843
Miss.(S.& M.)	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
Miss.(Walker)	Walker	state	Mississippi Reports, Walker	1818	1832
Mo	Mo.	state	Missouri Reports	1821	1956
Mo App	Mo. App.	state	Missouri Appeals Reports	1876	1954
Mo App LEXIS	Mo. App. LEXIS	state	LexisNexis Missouri Appeals Court		
Mo LEXIS	Mo. LEXIS	state	LexisNexis Missouri Supreme Court		
Mo.	Mo.	state	Missouri Reports	1821	1956
Mo. App.	Mo. App.	state	Missouri Appeals Reports	1876	1954
Mo. App. LEXIS	Mo. App. LEXIS	state	LexisNexis Missouri Appeals Court		
Mo. LEXIS	Mo. LEXIS	state	LexisNexis Missouri Supreme Court		
Mo. Rep.	Mo.	state	Missouri Reports	1821	1956
Mo.App.	Mo. App.	state	Missouri Appeals Reports	1876	1954
Mo.App.Rep.	Mo. App.	state	Missouri Appeals Reports	1876	1954
Mon.	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
Mon.	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Mon.	Mont.	state	Montana Reports	1868	
Mon.	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
Mon. Rep.	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
Mon. Rep.	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Mon. Rep.	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
Mon.B.	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
Mon.T.B.	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
Mona.	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Monag	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Monag.	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Monaghan	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Monaghan(Pa.)	Monag.	state	Pennsylvania State Reports, Monaghan	1888	1890
Monroe, B.	B. Mon.	state	Kentucky Reports, Monroe, Ben	1840	1857
Mont	Mont.	state	Montana Reports	1868	
Mont Dist LEXIS	Mont. Dist. LEXIS	state	LexisNexis Montana District Court		
Mont LEXIS	Mont. LEXIS	state	LexisNexis Montana Supreme Court		
Mont Water LEXIS	Mont. Water LEXIS	state	LexisNexis Missouri Water Court		
Mont'g. Co. L. Rep.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Mont'g. L. Rep.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Mont.	Mont.	state	Montana Reports	1868	
Mont. Dist. LEXIS	Mont. Dist. LEXIS	state	LexisNexis Montana District Court		
Mont. LEXIS	Mont. LEXIS	state	LexisNexis Montana Supreme Court		
Mont. St. Rep.	State Rptr.	state	State Reporter	1945	
Mont. Water LEXIS	Mont. Water LEXIS	state	LexisNexis Missouri Water Court		
Montg	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. (Pa.)	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. CLR	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. CLR.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. Co.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. Co. L. Rep'r	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. Co. L.R.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. Co. L.R. (Pa.)	Montg.	state	Montgomery County Law Reporter (Pa.)		
Montg. Co. Law Rep'r.	Montg.	state	Montgomery County Law Reporter (Pa.)		
Month Jur	Month. Jur.	state	Monthly Jurist	1878	1879
Month West Jur	Month. West. Jur.	state	Monthly Western Jurist	1875	1877
Month. Jur.	Month. Jur.	state	Monthly Jurist	1878	1879
Month. West. Jur.	Month. West. Jur.	state	Monthly Western Jurist	1875	1877
Mor. Min. Rep.	Morr. Min. Rep.	specialty	Morrison's Mining Reports		
Mor. St. Ca.	Morr. St. Cas.	state	Morris' State Cases (Miss. 1818-72)	1818	1872
Mor. St. Cas.	Morr. St. Cas.	state	Morris' State Cases (Miss. 1818-72)	1818	1872
Mor.Ia.	Morris	state	Iowa Reports, Morris	1839	1846
Morr Min Rep	Morr. Min. Rep.	specialty	Morrison's Mining Reports		
Morr St Cas	Morr. St. Cas.	state	Morris' State Cases (Miss. 1818-72)	1818	1872
Morr.	Morris	state	Iowa Reports, Morris	1839	1846
Morr. M.R.	Morr. Min. Rep.	specialty	Morrison's Mining Reports		
Morr. Min. R.	Morr. Min. Rep.	specialty	Morrison's Mining Reports		
Morr. Min. Rep.	Morr. Min. Rep.	specialty	Morrison's Mining Reports		
Morr. St. Cas.	Morr. St. Cas.	state	Morris' State Cases (Miss. 1818-72)	1818	1872
Morris	Morris	state	Iowa Reports, Morris	1839	1846
Morris St. Cas.	Morr. St. Cas.	state	Morris' State Cases (Miss. 1818-72)	1818	1872
Mt	MT	neutral	Montana Neutral Citation		
Mt.	Mont.	state	Montana Reports	1868	
Munf	Munf.	state	Virginia Reports, Munford	1810	1820
Munf.	Munf.	state	Virginia Reports, Munford	1810	1820
Munf. Rep.	Munf.	state	Virginia Reports, Munford	1810	1820
Mur	Mur.	state	North Carolina Reports, Murphey	1804	1819
Mur.	Mur.	state	North Carolina Reports, Murphey	1804	1819
Mur. Rep.	Mur.	state	North Carolina Reports, Murphey	1804	1819
Murph.	Mur.	state	North Carolina Reports, Murphey	1804	1819
Murph. Rep.	Mur.	state	North Carolina Reports, Murphey	1804	1819
Murph.(N.C.)	Mur.	state	North Carolina Reports, Murphey	1804	1819
Mut Funds Guide (CCH)	Mut. Funds Guide (CCH)	specialty	Mutual Funds Guide		
Mut. Funds Guide (CCH)	Mut. Funds Guide (CCH)	specialty	Mutual Funds Guide		
Myrick	Myrick	state	Reports of Cases in the Probate Court of the City and County of San Francisco, from January 1, 1872, to December 31, 1879, Milton H. Myrick, Probate Judge	1872	1879
N Chip	N. Chip.	state	Vermont Reports, Chipman, N.	1789	1791
N Mar I	N. Mar. I.	state	Northern Mariana Islands Reporter	1989	
N Mar I Commw	N. Mar. I. Commw.	state	Northern Mariana Islands Commonwealth Reporter	1979	
N Mar I LEXIS	N. Mar. I. LEXIS	state	LexisNexis Northern Mariana Islands Supreme Court		
N W. Rep.	N.W.	state_regional	North Western Reporter	1880	1942
N Y City H Rec	N. Y. City H. Rec.	state	New York City Hall Recorder	1816	1822
N. B. R.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
N. Bk. R.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
N. Bkpt. R.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
N. Bkpt. Reg.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
N. C.	N.C.	state	North Carolina Reports	1868	
N. C. Rep.	N.C.	state	North Carolina Reports	1868	
N. Chip.	N. Chip.	state	Vermont Reports, Chipman, N.	1789	1791
N. D.	N.D.	state	North Dakota Reports	1890	1953
N. E.	N.E.	state_regional	North Eastern Reporter	1884	1936
N. E. 2d	N.E.2d	state_regional	North Eastern Reporter	1936	2013
N. E. 3d	N.E.3d	state_regional	North Eastern Reporter	2013	
N. E.2d	N.E.2d	state_regional	North Eastern Reporter	1936	2013
N. E.3d	N.E.3d	state_regional	North Eastern Reporter	2013	
N. H. Rep.	N.H.	state	New Hampshire Reports	1816	
N. J. Law J.	N.J. Law J.	state	New Jersey Law Journal		
N. M. I.	N. Mar. I.	state	Northern Mariana Islands Reporter	1989	
N. Mar. I.	N. Mar. I.	state	Northern Mariana Islands Reporter	1989	
N. Mar. I. Commw.	N. Mar. I. Commw.	state	Northern Mariana Islands Commonwealth Reporter	1979	
N. Mar. I. Commw. Rptr.	N. Mar. I. Commw.	state	Northern Mariana Islands Commonwealth Reporter	1979	
N. Mar. I. LEXIS	N. Mar. I. LEXIS	state	LexisNexis Northern Mariana Islands Supreme Court		
N. W.	N.W.	state_regional	North Western Reporter	1880	1942
N. W. (2d)	N.W.2d	state_regional	North Western Reporter	1942	2023
N. W. 2d	N.W.2d	state_regional	North Western Reporter	1942	2023
N. W. Rep.	N.W.	state_regional	North Western Reporter	1880	1942
N. W.2d	N.W.2d	state_regional	North Western Reporter	1942	2023
N. Y.	N.Y.	state	New York Reports	1847	1956
N. Y. Ann. Cas.	N.Y. Ann. Cas.	state	New York Annotated Cases		
N. Y. City H. Rec.	N. Y. City H. Rec.	state	New York City Hall Recorder	1816	1822
N. Y. Law J.	N.Y.L.J.	state	New York Law Journal		
N. Y. Leg. Ob.	N.Y. Leg. Obs.	state	New York Legal Observer (N.Y.)		
N. Y. Leg. Obs.	N.Y. Leg. Obs.	state	New York Legal Observer (N.Y.)		
N. Y. Rep.	N.Y.	state	New York Reports	1847	1956
N. Y. Supp.	N.Y.S.	state	New York Supplement	1888	1937
N. Y. Supplement	N.Y.S.	state	New York Supplement	1888	1937
N. Y. Wkly. Dig.	Wkly. Dig.	federal	New York Weekly Digest		
N.& Mc.	Nott & McC.	state	South Carolina Reports, Nott and McCord	1817	1820
N.B.R.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
N.B.R. (Supp.)	N.B.R. (Supp.)	specialty	National Bankruptcy Register Reports, Supplement		
N.C.	N.C.	state	North Carolina Reports	1868	
N.C. (Dev. & Bat.)	N.C.	state	North Carolina Reports	1868	
N.C. App.	N.C. App.	state	North Carolina Court of Appeals Reports	1968	
N.C. App. LEXIS	N.C. App. LEXIS	state	LexisNexis North Carolina Supreme Court		
N.C. LEXIS	N.C. LEXIS	state	LexisNexis North Carolina Supreme Court		
N.C.(Busb.)	Busb.	state	North Carolina Reports, Busbee's Law	1852	1853
N.C.(Busb.Eq.)	Busb. Eq.	state	North Carolina Reports, Busbee's Equity	1852	1853
N.C.(Cam.& Nor.)	Cam. & Nor.	state	North Carolina Reports, Conference by Cameron & Norwood	1800	1804
N.C.(Car.L.Rep.)	Car. L. Rep.	state	Carolina Law Repository	1811	1816
N.C.(Dev.& Bat.)	Dev. & Bat.	state	North Carolina Reports, Devereux & Battle's Law	1834	1839
N.C.(Dev.& Bat.Eq.)	Dev. & Bat. Eq.	state	North Carolina Reports, Devereux & Battle's Equity	1834	1839
N.C.(Dev.)	Dev.	state	North Carolina Reports, Devereux's Law	1826	1834
N.C.(Dev.Eq.)	Dev. Eq.	state	North Carolina Reports, Devereux's Equity	1826	1834
N.C.(Hawks)	Hawks	state	North Carolina Reports, Hawks	1820	1826
N.C.(Hayw.)	Hayw.	state	North Carolina Reports, Haywood	1789	1806
N.C.(Ired.)	Ired.	state	North Carolina Reports, Iredell's Law	1840	1852
N.C.(Ired.Eq.)	Ired. Eq.	state	North Carolina Reports, Iredell's Equity	1840	1852
N.C.(Jones Eq.)	Jones Eq.	state	North Carolina Reports, Jones' Equity	1853	1863
N.C.(Jones)	Jones	state	North Carolina Reports, Jones' Law	1853	1862
N.C.(Mart.)	Mart.	state	North Carolina Reports, Martin	1778	1797
N.C.(Mur.)	Mur.	state	North Carolina Reports, Murphey	1804	1819
N.C.(Phil.Eq.)	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
N.C.(Phil.Law)	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
N.C.(Tay.)	Tay.	state	North Carolina Reports, Taylor	1798	1802
N.C.(Taylor)	Taylor	state	Taylor's North Carolina Term Reports	1816	1818
N.C.App.	N.C. App.	state	North Carolina Court of Appeals Reports	1968	
N.C.Conf.	Cam. & Nor.	state	North Carolina Reports, Conference by Cameron & Norwood	1800	1804
N.C.Conf.Rep.	Cam. & Nor.	state	North Carolina Reports, Conference by Cameron & Norwood	1800	1804
N.C.T.Rep.	Taylor	state	Taylor's North Carolina Term Reports	1816	1818
N.C.Term.R.	Taylor	state	Taylor's North Carolina Term Reports	1816	1818
N.C.Term.Rep.	Taylor	state	Taylor's North Carolina Term Reports	1816	1818
N.Chip.(Vt.)	N. Chip.	state	Vermont Reports, Chipman, N.	1789	1791
N.Chipm.	N. Chip.	state	Vermont Reports, Chipman, N.	1789	1791
N.D.	N.D.	state	North Dakota Reports	1890	1953
N.D. App. LEXIS	N.D. App. LEXIS	state	LexisNexis North Dakota Appeals Court		
N.D. LEXIS	N.D. LEXIS	state	LexisNexis North Dakota Supreme Court		
N.D.App.	ND App	neutral	North Dakota Neutral Citation, Court of Appeals		
N.E.	N.E.	state_regional	North Eastern Reporter	1884	1936
N.E. 2d	N.E.2d	state_regional	North Eastern Reporter	1936	2013
N.E. 3d	N.E.3d	state_regional	North Eastern Reporter	2013	
N.E.2d	N.E.2d	state_regional	North Eastern Reporter	1936	2013
N.E.3d	N.E.3d	state_regional	North Eastern Reporter	2013	
N.E.Rep.	N.E.	state_regional	North Eastern Reporter	1884	1936
N.H	N.H.	state	New Hampshire Reports	1816	
N.H.	N.H.	neutral	New Hampshire State Neutral Citation	2024	
N.H.	N.H.	state	New Hampshire Reports	1816	
N.H. LEXIS	N.H. LEXIS	state	LexisNexis New Hampshire Supreme Court		
N.H. Rep.	N.H.	state	New Hampshire Reports	1816	
N.H. Super. LEXIS	N.H. Super. LEXIS	state	LexisNexis New Hampshire Superior Court		
N.H.R.	N.H.	state	New Hampshire Reports	1816	
N.J.	N.J.	state	New Jersey Reports	1948	
N.J. (Manumission)	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
N.J. Admin.	N.J. Admin.	state	New Jersey Administrative Reports	1982	
N.J. Admin. 2d	N.J. Admin. 2d	state	New Jersey Administrative Reports	1982	
N.J. Ch. LEXIS	N.J. Ch. LEXIS	state	LexisNexis New Jersey Chancery Court	1830	1948
N.J. Eq.	N.J. Eq.	state	New Jersey Equity Reports	1830	1948
N.J. LEXIS	N.J. LEXIS	state	LexisNexis New Jersey Supreme Court		
N.J. Law J.	N.J. Law J.	state	New Jersey Law Journal		
N.J. Misc.	N.J. Misc.	state	New Jersey Miscellaneous Reports	1923	1949
N.J. Misc. LEXIS	N.J. Misc. LEXIS	state	LexisNexis New Jersey Miscellaneous Opinions		
N.J. Prerog. Ct. LEXIS	N.J. Prerog. Ct. LEXIS	state	LexisNexis New Jersey Prerogative Court		
N.J. Sup. Ct. LEXIS	N.J. Sup. Ct. LEXIS	state	LexisNexis New Jersey Superior Court		
N.J. Super.	N.J. Super.	state	New Jersey Superior Court Reports	1948	
N.J. Super. LEXIS	N.J. Super. LEXIS	state	LexisNexis New Jersey Superior Court		
N.J. Super. Unpub. LEXIS	N.J. Super. Unpub. LEXIS	state	LexisNexis New Jersey Superior Court Unpublished		
N.J. Tax	N.J. Tax	state	New Jersey Tax Court	1979	
N.J. Tax Ct.	N.J. Tax	state	New Jersey Tax Court	1979	
N.J. Tax.	N.J. Tax	state	New Jersey Tax Court	1979	
N.J.L.	N.J.L.	state	New Jersey Law Reports	1790	1948
N.J.L.J.	N.J.L.J.	state	New Jersey Law Journal		
N.J.Law	N.J.L.	state	New Jersey Law Reports	1790	1948
N.J.M.	N.J. Misc.	state	New Jersey Miscellaneous Reports	1923	1949
N.J.S.	N.J. Super.	state	New Jersey Superior Court Reports	1948	
N.J.Super.	N.J. Super.	state	New Jersey Superior Court Reports	1948	
N.J.Tax	N.J. Tax	state	New Jersey Tax Court	1979	
N.L.R.B.	N.L.R.B.	federal	Decisions and Orders of the National Labor Relations Board	1935	
N.M.	N.M.	state	New Mexico Reports	1852	
N.M. (Ct. App.)	N.M. Ct. App.	state	New Mexico Court of Appeals	1966	
N.M. (G.)	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
N.M. (Gild.)	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
N.M. (J.)	N.M. (J.)	state	New Mexico Reports (Johnson)		
N.M. (John.)	N.M. (J.)	state	New Mexico Reports (Johnson)		
N.M. App. LEXIS	N.M. App. LEXIS	state	LexisNexis New Mexico Appeals Court		
N.M. App. Unpub. LEXIS	N.M. App. Unpub. LEXIS	state	LexisNexis New Mexico Appeals Court Unpublished		
N.M. Ct. App.	N.M. Ct. App.	state	New Mexico Court of Appeals	1966	
N.M. LEXIS	N.M. LEXIS	state	LexisNexis New Mexico Supreme Court		
N.M. St. B. Bull.	N.M. St. B. Bull.	state	New Mexico State Bar Bulletin		
N.M. Unpub. LEXIS	N.M. Unpub. LEXIS	state	LexisNexis New Mexico Supreme Court Unpublished		
N.M.(G.)	Gild.	state	Gildersleeve Reports	1883	1889
N.M.(Gild.)	Gild.	state	Gildersleeve Reports	1883	1889
N.M.B.	N.M.B.	federal	Decisions of the National Mediation Board		
N.M.I.	N. Mar. I.	state	Northern Mariana Islands Reporter	1989	
N.R.C.	N.R.C.	federal	Nuclear Regulatory Commission Issuances		
N.T.S.B.	N.T.S.B.	federal	National Transportation Safety Board Decisions		
N.W.	N.W.	state_regional	North Western Reporter	1880	1942
N.W. (2d)	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W. 2d	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W. 2nd	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W. Rep.	N.W.	state_regional	North Western Reporter	1880	1942
N.W.2.d	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W.2d	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W.2d.	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W.2nd	N.W.2d	state_regional	North Western Reporter	1942	2023
N.W.3d	N.W.3d	state_regional	North Western Reporter	2024	
N.Y	N.Y.	state	New York Reports	1847	1956
N.Y.	N.Y.	state	New York Reports	1847	1956
N.Y. (N.Y.S.)	N.Y.	state	New York Reports	1847	1956
N.Y. 2d	N.Y.2d	state	New York Reports	1956	2004
N.Y. 3d	N.Y.3d	state	New York Reports	2004	
N.Y. Ann. Ca.	N.Y. Ann. Cas.	state	New York Annotated Cases		
N.Y. Ann. Cas.	N.Y. Ann. Cas.	state	New York Annotated Cases		
N.Y. Anno. Cas.	N.Y. Ann. Cas.	state	New York Annotated Cases		
N.Y. App. Div. LEXIS	N.Y. App. Div. LEXIS	state	LexisNexis New York Supreme Court Appellate Division		
N.Y. Ch. Ann.	N.Y. Ch. Ann.	state	New York Chancery Reports Annotated	1814	1847
N.Y. City Ct. Rep.	N.Y. City Ct. Rep.	state	City Court Reports		
N.Y. City H. Rec.	City Hall Rec. (NY)	state	City Hall Recorder (N.Y.)		
N.Y. Civ. Proc. R.	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
N.Y. Civ. Proc. R., (N.S.)	N.Y. Civ. Proc. R., (N.S.)	state	New York Civil Procedure Reports		
N.Y. Civ. Proc. Rep.	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
N.Y. Civ. Proc. Rep. (n.s.)	N.Y. Civ. Proc. R., (N.S.)	state	New York Civil Procedure Reports		
N.Y. Cr. R.	N.Y. Crim.	state	New York Criminal Reports	1810	1924
N.Y. Cr. Rep.	N.Y. Crim.	state	New York Criminal Reports	1810	1924
N.Y. Crim.	N.Y. Crim.	state	New York Criminal Reports	1810	1924
N.Y. Crim. R.	N.Y. Crim.	state	New York Criminal Reports	1810	1924
N.Y. Crim. Rep.	N.Y. Crim.	state	New York Criminal Reports	1810	1924
N.Y. LEXIS	N.Y. LEXIS	state	LexisNexis New York Court Appeals		
N.Y. Leg. Obs.	N.Y. Leg. Obs.	state	New York Legal Observer (N.Y.)		
N.Y. Legal Observer	N.Y. Leg. Obs.	state	New York Legal Observer (N.Y.)		
N.Y. Misc. LEXIS	N.Y. Misc. LEXIS	state	LexisNexis New York Miscellaneous Opinions		
N.Y. Proc. Ct. Ass.	N.Y. Proc. Ct. Ass.	state	Proceedings of the General Court of Assizes	1664	1701
N.Y. Slip Op	NY Slip Op	state	New York Slip Opinion		
N.Y. Slip Op.	NY Slip Op	state	New York Slip Opinion		
N.Y. St. R.	N.Y. St. Rep.	state	New York State Reporter		
N.Y. St. Rep'r	N.Y. St. Rep.	state	New York State Reporter		
N.Y. St. Rep.	N.Y. St. Rep.	state	New York State Reporter		
N.Y. St. Repr.	N.Y. St. Rep.	state	New York State Reporter		
N.Y. St. Rptr.	N.Y. St. Rep.	state	New York State Reporter		
N.Y. Sup. Ct.	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
N.Y. Super. Ct.	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
N.Y. Super. Ct.	N.Y. Super. Ct.	state	Reports of Cases Argued and Determined in the Superior Court of the City of New York		
N.Y. Super.Ct.	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
N.Y. Supp.	N.Y.S.	state	New York Supplement	1888	1937
N.Y.2d	N.Y.2d	state	New York Reports	1956	2004
N.Y.3d	N.Y.3d	state	New York Reports	2004	
N.Y.Ann.Cas.	N.Y. Ann. Cas.	state	New York Annotated Cases		
N.Y.App.Dec.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
N.Y.App.Div.	A.D.	state	New York Supreme Court Appellate Division Reports	1896	1955
N.Y.Cas.Err.	Cai. Cas.	state	Caines' Cases	1796	1805
N.Y.Ch.R.Ann.	N.Y. Ch. Ann.	state	New York Chancery Reports Annotated	1814	1847
N.Y.Ch.Sent.	Sarat. Ch. Sent.	state	Saratoga Chancery Sentinel	1841	1847
N.Y.Civ.Proc.R.	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
N.Y.Crim.R.	N.Y. Crim.	state	New York Criminal Reports	1810	1924
N.Y.L.J.	N.Y.L.J.	state	New York Law Journal		
N.Y.S.	N.Y.S.	state	New York Supplement	1888	1937
N.Y.S. 2d	N.Y.S.2d	state	New York Supplement	1938	
N.Y.S. 3d	N.Y.S.3d	state	New York Supplement	1938	
N.Y.S.2d	N.Y.S.2d	state	New York Supplement	1938	
N.Y.S.3d	N.Y.S.3d	state	New York Supplement	1938	
N.Y.S.E. Guide (CCH)	N.Y.S.E. Guide (CCH)	specialty	New York Stock Exchange Guide		
N.Y.Spec.Term R.	How. Pr.	state	Howard's Practice Reports	1844	1886
N.Y.Spec.Term Rep.	How. Pr.	state	Howard's Practice Reports	1844	1886
N.Y.St.Rep.	N.Y. St. Rep.	state	New York State Reporter		
N.Y.Super.Ct.	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
N.Y.Supr.Ct.	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
N.Y.Suprm.Ct.	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
NBR (Supp)	N.B.R. (Supp.)	specialty	National Bankruptcy Register Reports, Supplement		
NC	N.C.	state	North Carolina Reports	1868	
NC App	N.C. App.	state	North Carolina Court of Appeals Reports	1968	
NC App LEXIS	N.C. App. LEXIS	state	LexisNexis North Carolina Supreme Court		
NC LEXIS	N.C. LEXIS	state	LexisNexis North Carolina Supreme Court		
NCA	NCA	state	Nebraska Court of Appeals		
NCBC	NCBC	specialty	North Carolina Business Court		
NCBC LEXIS	NCBC LEXIS	state	LexisNexis North Carolina Business Court		
ND	ND	neutral	North Dakota Neutral Citation		
ND APP	ND App	neutral	North Dakota Neutral Citation, Court of Appeals		
ND App	ND App	neutral	North Dakota Neutral Citation, Court of Appeals		
ND App LEXIS	N.D. App. LEXIS	state	LexisNexis North Dakota Appeals Court		
ND LEXIS	N.D. LEXIS	state	LexisNexis North Dakota Supreme Court		
NDLR	NDLR	specialty	National Disability Law Repoter		
NDLR (LRP)	NDLR	specialty	National Disability Law Repoter		
NDLR (LRP) LEXIS	NDLR	specialty	National Disability Law Repoter		
NE	N.E.	state_regional	North Eastern Reporter	1884	1936
NE 2d	N.E.2d	state_regional	North Eastern Reporter	1936	2013
NE 3d	N.E.3d	state_regional	North Eastern Reporter	2013	
NE2d	N.E.2d	state_regional	North Eastern Reporter	1936	2013
NE3d	N.E.3d	state_regional	North Eastern Reporter	2013	
NH	N.H.	neutral	New Hampshire State Neutral Citation	2024	
NH	N.H.	state	New Hampshire Reports	1816	
NH LEXIS	N.H. LEXIS	state	LexisNexis New Hampshire Supreme Court		
NH Super LEXIS	N.H. Super. LEXIS	state	LexisNexis New Hampshire Superior Court		
NJ	N.J.	state	New Jersey Reports	1948	
NJ (Manumission)	N.J. (Manumission)	state	Bloomfield's Manumission (or Negro) Cases (N.J.)		1875
NJ Admin	N.J. Admin.	state	New Jersey Administrative Reports	1982	
NJ Admin 2d	N.J. Admin. 2d	state	New Jersey Administrative Reports	1982	
NJ Ch LEXIS	N.J. Ch. LEXIS	state	LexisNexis New Jersey Chancery Court	1830	1948
NJ Eq	N.J. Eq.	state	New Jersey Equity Reports	1830	1948
NJ LEXIS	N.J. LEXIS	state	LexisNexis New Jersey Supreme Court		
NJ Law J	N.J. Law J.	state	New Jersey Law Journal		
NJ Misc	N.J. Misc.	state	New Jersey Miscellaneous Reports	1923	1949
NJ Misc LEXIS	N.J. Misc. LEXIS	state	LexisNexis New Jersey Miscellaneous Opinions		
NJ Prerog Ct LEXIS	N.J. Prerog. Ct. LEXIS	state	LexisNexis New Jersey Prerogative Court		
NJ Sup Ct LEXIS	N.J. Sup. Ct. LEXIS	state	LexisNexis New Jersey Superior Court		
NJ Super	N.J. Super.	state	New Jersey Superior Court Reports	1948	
NJ Super LEXIS	N.J. Super. LEXIS	state	LexisNexis New Jersey Superior Court		
NJ Super Unpub LEXIS	N.J. Super. Unpub. LEXIS	state	LexisNexis New Jersey Superior Court Unpublished		
NJ Tax	N.J. Tax	state	New Jersey Tax Court	1979	
NJL	N.J.L.	state	New Jersey Law Reports	1790	1948
NJLJ	N.J.L.J.	state	New Jersey Law Journal		
NJM	N.J. Misc.	state	New Jersey Miscellaneous Reports	1923	1949
NLRB	N.L.R.B.	federal	Decisions and Orders of the National Labor Relations Board	1935	
NLRB Dec. (CCH)	N.L.R.B.	federal	Decisions and Orders of the National Labor Relations Board	1935	
NLRB No	NLRB No.	neutral	National Labor Relations Board Neutral Cite		
NLRB No.	NLRB No.	neutral	National Labor Relations Board Neutral Cite		
NM	NM	neutral	New Mexico Neutral Citation	1852	
NM (G)	N.M. (G.)	state	New Mexico Reports (Gildersleeve)	1852	1889
NM (J)	N.M. (J.)	state	New Mexico Reports (Johnson)		
NM App LEXIS	N.M. App. LEXIS	state	LexisNexis New Mexico Appeals Court		
NM App Unpub LEXIS	N.M. App. Unpub. LEXIS	state	LexisNexis New Mexico Appeals Court Unpublished		
NM Ct App	N.M. Ct. App.	state	New Mexico Court of Appeals	1966	
NM LEXIS	N.M. LEXIS	state	LexisNexis New Mexico Supreme Court		
NM St B Bull	N.M. St. B. Bull.	state	New Mexico State Bar Bulletin		
NM Unpub LEXIS	N.M. Unpub. LEXIS	state	LexisNexis New Mexico Supreme Court Unpublished		
NMB	N.M.B.	federal	Decisions of the National Mediation Board		
NMCA	NMCA	neutral	New Mexico Neutral Citation (Court of Appeals)		
NMCERT	NMCERT	neutral	New Mexico Neutral Citation		
NMSC	NMSC	neutral	New Mexico Neutral Citation (Supreme Court)		
NRC	N.R.C.	federal	Nuclear Regulatory Commission Issuances		
NTSB	N.T.S.B.	federal	National Transportation Safety Board Decisions		
NV	NV	neutral	Nevada		
NW	N.W.	state_regional	North Western Reporter	1880	1942
NW 2d	N.W.2d	state_regional	North Western Reporter	1942	2023
NW.2d	N.W.2d	state_regional	North Western Reporter	1942	2023
NW2D	N.W.2d	state_regional	North Western Reporter	1942	2023
NW2d	N.W.2d	state_regional	North Western Reporter	1942	2023
NW3d	N.W.3d	state_regional	North Western Reporter	2024	
NY	N.Y.	state	New York Reports	1847	1956
NY 2d	N.Y.2d	state	New York Reports	1956	2004
NY 3d	N.Y.3d	state	New York Reports	2004	
NY Ann Cas	N.Y. Ann. Cas.	state	New York Annotated Cases		
NY App Div LEXIS	N.Y. App. Div. LEXIS	state	LexisNexis New York Supreme Court Appellate Division		
NY Ch Ann	N.Y. Ch. Ann.	state	New York Chancery Reports Annotated	1814	1847
NY City Ct Rep	N.Y. City Ct. Rep.	state	City Court Reports		
NY Civ Proc R	N.Y. Civ. Proc. R.	state	New York Civil Procedure Reports		
NY Civ Proc R, (NS)	N.Y. Civ. Proc. R., (N.S.)	state	New York Civil Procedure Reports		
NY Crim	N.Y. Crim.	state	New York Criminal Reports	1810	1924
NY LEXIS	N.Y. LEXIS	state	LexisNexis New York Court Appeals		
NY Leg Obs	N.Y. Leg. Obs.	state	New York Legal Observer (N.Y.)		
NY Misc LEXIS	N.Y. Misc. LEXIS	state	LexisNexis New York Miscellaneous Opinions		
NY Proc Ct Ass	N.Y. Proc. Ct. Ass.	state	Proceedings of the General Court of Assizes	1664	1701
NY Slip Op	NY Slip Op	state	New York Slip Opinion		
NY Slip Op.	NY Slip Op	state	New York Slip Opinion		
NY St Rep	N.Y. St. Rep.	state	New York State Reporter		
NY Sup Ct	N.Y. Sup. Ct.	state	Supreme Court Reports	1873	1896
NY Super Ct	N.Y. Super. Ct.	state	Reports of Cases Argued and Determined in the Superior Court of the City of New York		
NY2d	N.Y.2d	state	New York Reports	1956	2004
NY3d	N.Y.3d	state	New York Reports	2004	
NYLJ	N.Y.L.J.	state	New York Law Journal		
NYS	N.Y.S.	state	New York Supplement	1888	1937
NYS 2d	N.Y.S.2d	state	New York Supplement	1938	
NYS 3d	N.Y.S.3d	state	New York Supplement	1938	
NYS2d	N.Y.S.2d	state	New York Supplement	1938	
NYS3d	N.Y.S.3d	state	New York Supplement	1938	
NYSE Guide (CCH)	N.Y.S.E. Guide (CCH)	specialty	New York Stock Exchange Guide		
NYSlipOp	NY Slip Op	state	New York Slip Opinion		
Nat Bank Reg	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
Nat. Bank. Reg.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
Nat. Bankr. Reg.	Nat. Bank. Reg.	specialty	National Bankruptcy Register Reports (U.S.)	1867	1882
Navajo Rptr	Navajo Rptr.	federal	Navajo Reporter	1969	
Navajo Rptr.	Navajo Rptr.	federal	Navajo Reporter	1969	
Neb	Neb.	state	Nebraska Reports	1860	
Neb (Unof)	Neb. (Unof.)	state	Nebraska Unofficial Reports	1901	1904
Neb App	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb App LEXIS	Neb. App. LEXIS	state	LexisNexis Nebraska Appeals Court		
Neb App.	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb Ct App	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb LEXIS	Neb. LEXIS	state	LexisNexis Nebraska Supreme Court		
Neb.	Neb.	state	Nebraska Reports	1860	
Neb. (Unof.)	Neb. (Unof.)	state	Nebraska Unofficial Reports	1901	1904
Neb. App.	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb. App. LEXIS	Neb. App. LEXIS	state	LexisNexis Nebraska Appeals Court		
Neb. Ct. App.	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb. LEXIS	Neb. LEXIS	state	LexisNexis Nebraska Supreme Court		
Neb. Unoff	Neb. (Unof.)	state	Nebraska Unofficial Reports	1901	1904
Neb.App.	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb.App.R.	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neb.C.A.	Neb. Ct. App.	state	Nebraska Court of Appeals Reports	1922	
Neg Cas (CCH)	Neg. Cas. (CCH)	specialty	Negligence Cases (CCH)		
Neg Cas 2d (CCH)	Neg. Cas. 2d (CCH)	specialty	Negligence Cases (CCH)		
Neg. Cas. (CCH)	Neg. Cas. (CCH)	specialty	Negligence Cases (CCH)		
Neg. Cas. 2d (CCH)	Neg. Cas. 2d (CCH)	specialty	Negligence Cases (CCH)		
Nev	Nev.	state	Nevada Reports	1865	
Nev Adv Op No	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
Nev Adv Rep	Nev. Adv. Rep.	state	Nevada Advance Reports		
Nev LEXIS	Nev. LEXIS	state	LexisNexis Nevada Supreme Court		
Nev Unpub LEXIS	Nev. Unpub. LEXIS	state	LexisNexis Nevada Supreme Court		
Nev.	Nev.	state	Nevada Reports	1865	
Nev. Adv. Op.	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
Nev. Adv. Op. No.	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
Nev. Adv. Rep.	Nev. Adv. Rep.	state	Nevada Advance Reports		
Nev. Advance Rep.	Nev. Adv. Rep.	state	Nevada Advance Reports		
Nev. LEXIS	Nev. LEXIS	state	LexisNexis Nevada Supreme Court		
Nev. Unpub. LEXIS	Nev. Unpub. LEXIS	state	LexisNexis Nevada Supreme Court		
Nev., Adv. Op.	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
Nev., Advance Opinion	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
Nev.Ad.Op.	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
Nev.Adv.Op.	Nev. Adv. Op. No.	state	Nevada Advanced Opinion		
New York Supp.	N.Y.S.	state	New York Supplement	1888	1937
New York Supplement	N.Y.S.	state	New York Supplement	1888	1937
Newb Adm	Newb. Adm.	specialty	Newberry's District Court Admiralty Rep. United States (US)		
Newb.	Newb. Adm.	specialty	Newberry's District Court Admiralty Rep. United States (US)		
Newb. Adm.	Newb. Adm.	specialty	Newberry's District Court Admiralty Rep. United States (US)		
Nile, Reg.	Niles Reg.	scotus_early	Niles' Weekly Register	1811	1848
Niles Reg	Niles Reg.	scotus_early	Niles' Weekly Register	1811	1848
Niles Reg.	Niles Reg.	scotus_early	Niles' Weekly Register	1811	1848
Niles' Reg.	Niles Reg.	scotus_early	Niles' Weekly Register	1811	1848
Niles, Reg.	Niles Reg.	scotus_early	Niles' Weekly Register	1811	1848
No.East Rep.	N.E.	state_regional	North Eastern Reporter	1884	1936
No.West Rep.	N.W.	state_regional	North Western Reporter	1880	1942
Northumb LJ	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumb. L.J	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumb. L.J.	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumb. Legal. J.	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumb.L.J	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumb.L.J.	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumberland Co. Leg. Jour	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northumberland L.J.	Northumb. L.J.	state_regional	Northumberland Legal Journal (Pa.)		
Northw.Rep.	N.W.	state_regional	North Western Reporter	1880	1942
Nott & M'C.(S.C.)	Nott & McC.	state	South Carolina Reports, Nott and McCord	1817	1820
Nott & McC	Nott & McC.	state	South Carolina Reports, Nott and McCord	1817	1820
Nott & McC.	Nott & McC.	state	South Carolina Reports, Nott and McCord	1817	1820
Nuclear Reg Rep (CCH)	Nuclear Reg. Rep. (CCH)	specialty	Nuclear Regulation Reports		
Nuclear Reg. Rep.	Nuclear Reg. Rep. (CCH)	specialty	Nuclear Regulation Reports		
Nuclear Reg. Rep. (CCH)	Nuclear Reg. Rep. (CCH)	specialty	Nuclear Regulation Reports		
O Supp	O. Supp.	state	Ohio Supplement		
O.	Or.	state	Oregon Reports	1853	
O. App.	Ohio App.	state	Ohio Appellate Reports	1913	
O. App. 2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
O. App. 3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
O. C. A.	Ohio C.A.	state	Ohio Courts of Appeals Reports	1916	1923
O. G.	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
O. Supp	O. Supp.	state	Ohio Supplement		
O. Supp.	O. Supp.	state	Ohio Supplement		
O.A.R.	Ohio App.	state	Ohio Appellate Reports	1913	
O.A.R. 2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
O.A.R. 3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
O.A.R.2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
O.A.R.3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
O.App.	Ohio App.	state	Ohio Appellate Reports	1913	
O.App.2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
O.App.3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
O.B.A.J.	O.B.A.J.	state	Oklahoma Bar Association Journal		
O.B.R.	Ohio B.	state	Ohio Bar Reports	1982	1987
O.C.C.	Ohio C.C. Dec.	state	Ohio Circuit Court Decisions	1901	1923
O.C.C.N.S.	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
O.C.D.	Ohio Cir. Dec.	state	Ohio Circuit Decisions	1885	1901
O.Cr.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
O.D.	Ohio Dec.	state	Ohio Decisions	1894	1920
O.Dec.Rep.	Ohio Dec. Reprint	state	Ohio Decisions, Reprint	1840	1873
O.G.	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
O.G. Pat. Off.	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
O.L.A.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
O.L.Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
O.Misc.	Ohio Misc.	state	Ohio Miscellaneous	1962	
O.Misc.2d	Ohio Misc. 2d	state	Ohio Miscellaneous	1962	
O.N.P.	Ohio N.P.	state	Ohio Nisi Prius Reports	1894	1934
O.N.P.N.S.	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
O.O.	Ohio Op.	state	Ohio Opinions	1934	1982
O.O.2d	Ohio Op. 2d	state	Ohio Opinions	1934	1982
O.O.3d	Ohio Op. 3d	state	Ohio Opinions	1934	1982
O.R.W.	O.R.W.	federal	Ocean Resources and Wildlife Reporter		
O.S.	Ohio St.	state	Ohio State Reports	1840	1964
O.S.2d	Ohio St. 2d	state	Ohio State Reports	1965	1991
O.S.3d	Ohio St. 3d	state	Ohio State Reports	1991	
O.S.C.D.	O.S.U.	state	Ohio Supreme Court Decisions, Unreported		
O.S.H. Cas.	BNA OSHC	specialty	Occupational Safety & Health Cases		
O.S.H. Cas. (BNA)	BNA OSHC	specialty	Occupational Safety & Health Cases		
O.S.H. Cases	BNA OSHC	specialty	Occupational Safety & Health Cases		
O.S.H. Cases (BNA)	BNA OSHC	specialty	Occupational Safety & Health Cases		
O.S.H. Dec. (CCH)	CCH OSHD	specialty	Occupational Safety and Health Decisions (CCH)		
O.S.H. Rep. (BNA)	O.S.H. Rep. (BNA)	specialty	Occupational Safety & Health Reporter		
O.S.H.D.	CCH OSHD	specialty	Occupational Safety and Health Decisions (CCH)		
O.S.H.D. (CCH)	CCH OSHD	specialty	Occupational Safety and Health Decisions (CCH)		
O.S.H.Dec. (CCH)	CCH OSHD	specialty	Occupational Safety and Health Decisions (CCH)		
O.S.U.	O.S.U.	state	Ohio Supreme Court Decisions, Unreported		
OBAJ	O.B.A.J.	state	Oklahoma Bar Association Journal		
OFCCP Fed Cont Compl Man (CCH)	OFCCP Fed. Cont. Compl. Man. (CCH)	specialty	OFCCP Federal Contract Compliance Manual		
OFCCP Fed. Cont. Compl. Man. (CCH)	OFCCP Fed. Cont. Compl. Man. (CCH)	specialty	OFCCP Federal Contract Compliance Manual		
OG	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
OH	Ohio	neutral	Ohio Neutral Citation	2002	
OHIO	Ohio	neutral	Ohio Neutral Citation	2002	
OK	OK	neutral	Oklahoma Neutral Citation		
OK AG	OK AG	neutral	Oklahoma Attorney General Neutral Citation		
OK CIV APP	OK CIV APP	neutral	Oklahoma Neutral Citation (Civic Appeals)		
OK CR	OK CR	neutral	Oklahoma Neutral Citation (Criminal)		
OK JUD	Okl Jud.	state	Oklahoma Court on the Judiciary		
OK JUD ETH	OK JUD ETH	neutral	Oklahoma Neutral Citation (Judicial Ethics Advisory Panel)		
OKla.	Okla.	state	Oklahoma Reports	1890	1953
ORW	O.R.W.	federal	Ocean Resources and Wildlife Reporter		
OS.	Ohio St.	state	Ohio State Reports	1840	1964
OSH Rep (BNA)	O.S.H. Rep. (BNA)	specialty	Occupational Safety & Health Reporter		
OSHA Comp Guide (CCH)	OSHA Comp. Guide (CCH)	specialty	Human Resources Management OSHA Compliance Guide		
OSHA Comp. Guide (CCH)	OSHA Comp. Guide (CCH)	specialty	Human Resources Management OSHA Compliance Guide		
OSHC (BNA)	OSHC (BNA)	specialty	Occupational Safety and Health Cases		
OSHD (CCH)	CCH OSHD	specialty	Occupational Safety and Health Decisions (CCH)		
OSU	O.S.U.	state	Ohio Supreme Court Decisions, Unreported		
OTR	Or. Tax	state	Oregon Tax Reports	1962	
OTR-MD	Or. Tax	state	Oregon Tax Reports	1962	
Off. Gaz.	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
Off. Gaz. Pat.	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
Off. Gaz. Pat. Off.	O.G.	specialty	Official Gazette, United States Patent Office (Washington, D.C.)		
Oh. A.	Ohio App.	state	Ohio Appellate Reports	1913	
Oh. A. 2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Oh. A. 3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Oh. App.	Ohio App.	state	Ohio Appellate Reports	1913	
Oh. App. 2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Oh. App. 3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Oh. S.C.D.	O.S.U.	state	Ohio Supreme Court Decisions, Unreported		
Oh.A.	Ohio App.	state	Ohio Appellate Reports	1913	
Oh.A.2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Oh.A.3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Oh.App.	Ohio App.	state	Ohio Appellate Reports	1913	
Oh.App.2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Oh.App.3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Oh.Cir.Ct.	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Oh.Cir.Ct.N.S.	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Oh.Cir.Dec.	Ohio Cir. Dec.	state	Ohio Circuit Decisions	1885	1901
Oh.Dec.	Ohio Dec.	state	Ohio Decisions	1894	1920
Oh.Dec.(Reprint)	Ohio Dec. Reprint	state	Ohio Decisions, Reprint	1840	1873
Oh.N.P.	Ohio N.P.	state	Ohio Nisi Prius Reports	1894	1934
Oh.N.P.(N.S).	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Oh.St.	Ohio St.	state	Ohio State Reports	1840	1964
Ohio	Ohio	neutral	Ohio Neutral Citation	2002	
Ohio	Ohio	state	Ohio Reports	1821	1851
Ohio Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio App	Ohio App.	state	Ohio Appellate Reports	1913	
Ohio App 2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Ohio App 3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Ohio App LEXIS	Ohio App. LEXIS	state	LexisNexis Ohio Court of Appeals	1789	
Ohio App Unrep	Ohio App. Unrep.	state	Unreported Ohio Appellate Cases (Anderson)	1990	1990
Ohio App.	Ohio App.	state	Ohio Appellate Reports	1913	
Ohio App. 2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Ohio App. 3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Ohio App. LEXIS	Ohio App. LEXIS	state	LexisNexis Ohio Court of Appeals	1789	
Ohio App. Rep.	Ohio App.	state	Ohio Appellate Reports	1913	
Ohio App. Unrep.	Ohio App. Unrep.	state	Unreported Ohio Appellate Cases (Anderson)	1990	1990
Ohio App.2d	Ohio App. 2d	state	Ohio Appellate Reports	1913	
Ohio App.3d	Ohio App. 3d	state	Ohio Appellate Reports	1913	
Ohio B	Ohio B.	state	Ohio Bar Reports	1982	1987
Ohio B.	Ohio B.	state	Ohio Bar Reports	1982	1987
Ohio B. Rep.	Ohio B.	state	Ohio Bar Reports	1982	1987
Ohio C.A.	Ohio C.A.	state	Ohio Courts of Appeals Reports	1916	1923
Ohio C.C.	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Ohio C.C. (N.S.)	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio C.C. (n.s.)	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio C.C. Dec.	Ohio C.C. Dec.	state	Ohio Circuit Court Decisions	1901	1923
Ohio C.C.(n.s.)	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio C.C.N.S.	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio C.C.R.	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Ohio C.C.R.N.S.	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio C.D.	Ohio Cir. Dec.	state	Ohio Circuit Decisions	1885	1901
Ohio C.Dec.	Ohio Cir. Dec.	state	Ohio Circuit Decisions	1885	1901
Ohio CA	Ohio C.A.	state	Ohio Courts of Appeals Reports	1916	1923
Ohio CC	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Ohio CC (ns)	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio CC Dec	Ohio C.C. Dec.	state	Ohio Circuit Court Decisions	1901	1923
Ohio Ch	Ohio Ch.	state	Reports of cases at law and in chancery Ohio		
Ohio Ch.	Ohio Ch.	state	Reports of cases at law and in chancery Ohio		
Ohio Cir Dec	Ohio Cir. Dec.	state	Ohio Circuit Decisions	1885	1901
Ohio Cir. Dec.	Ohio Cir. Dec.	state	Ohio Circuit Decisions	1885	1901
Ohio Cir.Ct.	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Ohio Cir.Ct.	Ohio C.C. Dec.	state	Ohio Circuit Court Decisions	1901	1923
Ohio Cir.Ct.(N.S.)	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio Cir.Ct.R.N.S.	Ohio C.C. (n.s.)	state	Ohio Circuit Court Reports	1901	1922
Ohio Cr.Ct.R.	Ohio C.C.	state	Ohio Circuit Court Reports	1885	1901
Ohio Ct. App.	Ohio C.A.	state	Ohio Courts of Appeals Reports	1916	1923
Ohio Dec	Ohio Dec.	state	Ohio Decisions	1894	1920
Ohio Dec Reprint	Ohio Dec. Reprint	state	Ohio Decisions, Reprint	1840	1873
Ohio Dec.	Ohio Dec.	state	Ohio Decisions	1894	1920
Ohio Dec. Rep.	Ohio Dec.	state	Ohio Decisions	1894	1920
Ohio Dec. Reprint	Ohio Dec. Reprint	state	Ohio Decisions, Reprint	1840	1873
Ohio F Dec	Ohio F. Dec.	federal	Ohio Federal Decisions		
Ohio F. Dec.	Ohio F. Dec.	federal	Ohio Federal Decisions		
Ohio F.D.	Ohio F. Dec.	federal	Ohio Federal Decisions		
Ohio F.Dec	Ohio F. Dec.	federal	Ohio Federal Decisions		
Ohio F.Dec.	Ohio F. Dec.	federal	Ohio Federal Decisions		
Ohio Fed. Dec.	Ohio F. Dec.	federal	Ohio Federal Decisions		
Ohio L. Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio L.Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio L.R.	Ohio Law Rep.	state	Ohio Law Reporter		
Ohio LEXIS	Ohio LEXIS	state	LexisNexis Ohio Supreme Court		
Ohio Law Abs	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio Law Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio Law Abst.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio Law R	Ohio Law Rep.	state	Ohio Law Reporter		
Ohio Law Rep	Ohio Law Rep.	state	Ohio Law Reporter		
Ohio Law Rep.	Ohio Law Rep.	state	Ohio Law Reporter		
Ohio Law. Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio Laws Abs.	Ohio Law. Abs.	state	Ohio Law Abstracts	1922	1964
Ohio Misc	Ohio Misc.	state	Ohio Miscellaneous	1962	
Ohio Misc 2d	Ohio Misc. 2d	state	Ohio Miscellaneous	1962	
Ohio Misc LEXIS	Ohio Misc. LEXIS	state	LexisNexis Ohio Miscellaneous Opinions	1823	
Ohio Misc.	Ohio Misc.	state	Ohio Miscellaneous	1962	
Ohio Misc. 2d	Ohio Misc. 2d	state	Ohio Miscellaneous	1962	
Ohio Misc. LEXIS	Ohio Misc. LEXIS	state	LexisNexis Ohio Miscellaneous Opinions	1823	
Ohio Misc.2d	Ohio Misc. 2d	state	Ohio Miscellaneous	1962	
Ohio Misc.Dec.	Ohio Misc.	state	Ohio Miscellaneous	1962	
Ohio N. P. (n.s.)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio N.P.	Ohio N.P.	state	Ohio Nisi Prius Reports	1894	1934
Ohio N.P. (n.s.)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio N.P.N.S.	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio NP	Ohio N.P.	state	Ohio Nisi Prius Reports	1894	1934
Ohio NP (ns)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius	Ohio N.P.	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius (N. S.)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius (N.S.)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius (NS)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius (n.s.)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius Decisions	Ohio N.P.	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius Reports (N. S.)	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Nisi Prius [N. S.]	Ohio N.P. (n.s.)	state	Ohio Nisi Prius Reports	1894	1934
Ohio Op	Ohio Op.	state	Ohio Opinions	1934	1982
Ohio Op 2d	Ohio Op. 2d	state	Ohio Opinions	1934	1982
Ohio Op 3d	Ohio Op. 3d	state	Ohio Opinions	1934	1982
Ohio Op.	Ohio Op.	state	Ohio Opinions	1934	1982
Ohio Op. 2d	Ohio Op. 2d	state	Ohio Opinions	1934	1982
Ohio Op. 3d	Ohio Op. 3d	state	Ohio Opinions	1934	1982
Ohio Op.2d	Ohio Op. 2d	state	Ohio Opinions	1934	1982
Ohio Op.3d	Ohio Op. 3d	state	Ohio Opinions	1934	1982
Ohio Ops.	Ohio Op.	state	Ohio Opinions	1934	1982
Ohio Prob.	Goebel	state	Goebel's Probate Reports (Ohio)		
Ohio Prob. Ct.	Goebel	state	Goebel's Probate Reports (Ohio)		
Ohio Rep.	Ohio	state	Ohio Reports	1821	1851
Ohio S.U.	O.S.U.	state	Ohio Supreme Court Decisions, Unreported		
Ohio St	Ohio St.	state	Ohio State Reports	1840	1964
Ohio St (NS)	Ohio St. (N.S.)	state	Ohio State Reports, Annotated, New Series	1840	
Ohio St 2d	Ohio St. 2d	state	Ohio State Reports	1965	1991
Ohio St 3d	Ohio St. 3d	state	Ohio State Reports	1991	
Ohio St.	Ohio St.	state	Ohio State Reports	1840	1964
Ohio St. (N.S.)	Ohio St. (N.S.)	state	Ohio State Reports, Annotated, New Series	1840	
Ohio St. (n.s.)	Ohio St. (N.S.)	state	Ohio State Reports, Annotated, New Series	1840	
Ohio St. 2d	Ohio St. 2d	state	Ohio State Reports	1965	1991
Ohio St. 3d	Ohio St. 3d	state	Ohio State Reports	1991	
Ohio St. Rep.	Ohio St.	state	Ohio State Reports	1840	1964
Ohio St.2d	Ohio St. 2d	state	Ohio State Reports	1965	1991
Ohio St.3d	Ohio St. 3d	state	Ohio State Reports	1991	
Ohio St.3d.	Ohio St. 3d	state	Ohio State Reports	1991	
Ohio State	Ohio St.	state	Ohio State Reports	1840	1964
Ohio Supp.	O. Supp.	state	Ohio Supplement		
Ohio W.L. Bull.	W.L.B.	state	Weekly Law Bulletin (Ohio)		
Ohio. Unrept.Cas.	O.S.U.	state	Ohio Supreme Court Decisions, Unreported		
Oil & Gas	Oil & Gas Rep.	specialty	Oil and Gas Reporter		
Oil & Gas Rep	Oil & Gas Rep.	specialty	Oil and Gas Reporter		
Oil & Gas Rep.	Oil & Gas Rep.	specialty	Oil and Gas Reporter		
Oil & Gas Reptr.	Oil & Gas Rep.	specialty	Oil and Gas Reporter		
Oil & Gas Rptr.	Oil & Gas Rep.	specialty	Oil and Gas Reporter		
Okl Jud	Okl Jud.	state	Oklahoma Court on the Judiciary		
Okl Jud.	Okl Jud.	state	Oklahoma Court on the Judiciary		
Okl.	Okla.	state	Oklahoma Reports	1890	1953
Okl.Cr.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla	Okla.	state	Oklahoma Reports	1890	1953
Okla Civ App LEXIS	Okla. Civ. App. LEXIS	state	LexisNexis Oklahoma Court of Civil Appeals		
Okla Crim	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla Crim App LEXIS	Okla. Crim. App. LEXIS	state	LexisNexis Oklahoma Court of Criminal Appeals		
Okla JUD LEXIS	Okla. JUD LEXIS	state	LexisNexis Oklahoma Court of Appeals		
Okla LEXIS	Okla. LEXIS	state	LexisNexis Oklahoma Supreme Court		
Okla Trib	Okla. Trib.	state	Oklahoma Tribal Court Reports	1979	
Okla.	Okla.	state	Oklahoma Reports	1890	1953
Okla.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla. Civ. App. LEXIS	Okla. Civ. App. LEXIS	state	LexisNexis Oklahoma Court of Civil Appeals		
Okla. Cr.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla. Cr. Rep.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla. Crim.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla. Crim. App. LEXIS	Okla. Crim. App. LEXIS	state	LexisNexis Oklahoma Court of Criminal Appeals		
Okla. Crim. Rep.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla. JUD LEXIS	Okla. JUD LEXIS	state	LexisNexis Oklahoma Court of Appeals		
Okla. LEXIS	Okla. LEXIS	state	LexisNexis Oklahoma Supreme Court		
Okla. Rep.	Okla.	state	Oklahoma Reports	1890	1953
Okla. Rep.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla. Trib.	Okla. Trib.	state	Oklahoma Tribal Court Reports	1979	
Okla.Cr.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Okla.Crim.	Okla. Crim.	state	Oklahoma Criminal Reports	1908	1953
Olc.	Olcott	specialty	Olcott's Admiralty Reports		
Olcott	Olcott	specialty	Olcott's Admiralty Reports		
Olcott,	Olcott	specialty	Olcott's Admiralty Reports		
Oliver's Forms	Oliver's Forms	scotus_early	Oliver's Forms in Chancery, Admiralty, and at Common Law	1788	1843
Op Att'y Gen	Op. Att'y Gen.	federal	Official Opinions of the Attorneys General of the United States	1791	1982
Op OLC	Op. O.L.C.	federal	Opinions of the Office of Legal Counsel of the Department of Justice	1977	1995
Op. Att'y Gen.	Op. Att'y Gen.	federal	Official Opinions of the Attorneys General of the United States	1791	1982
Op. O.L.C.	Op. O.L.C.	federal	Opinions of the Office of Legal Counsel of the Department of Justice	1977	1995
Op. OLC.	Op. O.L.C.	federal	Opinions of the Office of Legal Counsel of the Department of Justice	1977	1995
Ops. Cal. Atty. Gen.	Ops.Cal.Atty.Gen.	specialty	Opinions of the California Attorney General		
Ops.Cal.Atty.Gen.	Ops.Cal.Atty.Gen.	specialty	Opinions of the California Attorney General		
OpsCalAttyGen	Ops.Cal.Atty.Gen.	specialty	Opinions of the California Attorney General		
Or	Or.	state	Oregon Reports	1853	
Or App	Or. App.	state	Oregon Reports, Court of Appeals	1969	
Or App.	Or. App.	state	Oregon Reports, Court of Appeals	1969	
Or Tax	Or. Tax	state	Oregon Tax Reports	1962	
Or.	Or.	state	Oregon Reports	1853	
Or. App.	Or. App.	state	Oregon Reports, Court of Appeals	1969	
Or. Tax	Or. Tax	state	Oregon Tax Reports	1962	
Or.A.	Or. App.	state	Oregon Reports, Court of Appeals	1969	
Or.App.	Or. App.	state	Oregon Reports, Court of Appeals	1969	
Ore App LEXIS	Ore. App. LEXIS	state	LexisNexis Oregon Supreme Court		
Ore LEXIS	Ore. LEXIS	state	LexisNexis Oregon Supreme Court		
Ore Tax LEXIS	Ore. Tax LEXIS	state	LexisNexis Oregon Supreme Court		
Ore.	Or.	state	Oregon Reports	1853	
Ore. App.	Or. App.	state	Oregon Reports, Court of Appeals	1969	
Ore. App. LEXIS	Ore. App. LEXIS	state	LexisNexis Oregon Supreme Court		
Ore. LEXIS	Ore. LEXIS	state	LexisNexis Oregon Supreme Court		
Ore. Tax LEXIS	Ore. Tax LEXIS	state	LexisNexis Oregon Supreme Court		
Oreg.	Or.	state	Oregon Reports	1853	
Otto	Otto	federal	Otto's Reports	1875	1883
Overt	Overt.	state	Tennessee Reports, Overton	1791	1816
Overt.	Overt.	state	Tennessee Reports, Overton	1791	1816
P	P.	state_regional	Pacific Reporter	1883	1931
P 2d	P.2d	state_regional	Pacific Reporter	1931	2000
P 3d	P.3d	state_regional	Pacific Reporter	2000	
P [2d]	P.2d	state_regional	Pacific Reporter	1931	2000
P-H T.C. Memo.	A.F.T.R. (RIA)	specialty	American Federal Tax Reports		1957
P.	P.	state_regional	Pacific Reporter	1883	1931
P. & H.	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
P. (2d)	P.2d	state_regional	Pacific Reporter	1931	2000
P. 2d	P.2d	state_regional	Pacific Reporter	1931	2000
P. 3d	P.3d	state_regional	Pacific Reporter	2000	
P. R.	P.	state_regional	Pacific Reporter	1883	1931
P. Rep.	P.	state_regional	Pacific Reporter	1883	1931
P. [2d.]	P.2d	state_regional	Pacific Reporter	1931	2000
P. [2d]	P.2d	state_regional	Pacific Reporter	1931	2000
P. [2nd]	P.2d	state_regional	Pacific Reporter	1931	2000
P.& W.	Pen. & W.	state	Pennsylvania State Reports, Penrose and Watts	1829	1832
P.2	P.2d	state_regional	Pacific Reporter	1931	2000
P.2 d	P.2d	state_regional	Pacific Reporter	1931	2000
P.2d	P.2d	state_regional	Pacific Reporter	1931	2000
P.2d.	P.2d	state_regional	Pacific Reporter	1931	2000
P.3	P.3d	state_regional	Pacific Reporter	2000	
P.3d	P.3d	state_regional	Pacific Reporter	2000	
P.3d.	P.3d	state_regional	Pacific Reporter	2000	
P.C.L.J.	P.C.L.J.	state	Pacific Coast Law Journal		
P.C.R.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
P.H.	P.H.	federal	Prentice Hall		
P.Jr. & H.	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
P.L. Rep.	P.L.R.	state	Pacific Law Reporter		
P.L.M.	Pac. Law Mag.	state	Pacific Law Magazine		
P.L.R.	P.L.R.	state	Pacific Law Reporter		
P.O.R.	P.O.R.	specialty	Patent Office Reports		
P.R.	P.	state_regional	Pacific Reporter	1883	1931
P.R.	P.R.R.	state	Puerto Rico Reports	1899	1978
P.R.	Pen. & W.	state	Pennsylvania State Reports, Penrose and Watts	1829	1832
P.R. Dec.	P.R. Dec.	state	Decisiones de Puerto Rico	1899	
P.R. Fed.	P.R. Fed.	federal	Porto Rico Federal Reports	1900	1924
P.R. Fed. Rep.	P.R. Fed.	federal	Porto Rico Federal Reports	1900	1924
P.R. Offic. Trans.	P.R. Offic. Trans.	state	Official Translations of the Opinions of the Supreme Court of Puerto Rico	1978	
P.R. Sent.	P.R. Sent.	state	Sentencias del Tribunal Supremo de Puerto Rico	1899	1902
P.R.R.	P.R.R.	state	Puerto Rico Reports	1899	1978
P.S.R.	Pa.	state	Pennsylvania State Reports	1845	
P.U.R.	P.U.R.	specialty	Public Utilities Reports		
P.U.R. (N.S.)	P.U.R. (N.S.)	specialty	Public Utilities Reports		
P.U.R. (n.s.)	P.U.R. (N.S.)	specialty	Public Utilities Reports		
P.U.R.(N.S.)	P.U.R. (N.S.)	specialty	Public Utilities Reports		
P.U.R.(NS)	P.U.R. (N.S.)	specialty	Public Utilities Reports		
P.U.R.3d	P.U.R.3d	specialty	Public Utilities Reports		
P.U.R.4th	P.U.R.4th	specialty	Public Utilities Reports		
P.[2d]	P.2d	state_regional	Pacific Reporter	1931	2000
P2.d	P.2d	state_regional	Pacific Reporter	1931	2000
P2d	P.2d	state_regional	Pacific Reporter	1931	2000
P3.d	P.3d	state_regional	Pacific Reporter	2000	
P3d	P.3d	state_regional	Pacific Reporter	2000	
PA	PA	neutral	Pennsylvania Neutral Citation		
PA Super	Pa. Super.	neutral	Pennsylvania Superior Court Neutral Citation	1999	
PA Super	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
PCLJ	P.C.L.J.	state	Pacific Coast Law Journal		
PH	P.H.	federal	Prentice Hall		
PLR	P.L.R.	state	Pacific Law Reporter		
POR	P.O.R.	specialty	Patent Office Reports		
PR App LEXIS	PR App. LEXIS	state	LexisNexis Puerto Rico Appeals Court		
PR App. LEXIS	PR App. LEXIS	state	LexisNexis Puerto Rico Appeals Court		
PR Dec	P.R. Dec.	state	Decisiones de Puerto Rico	1899	
PR Fed	P.R. Fed.	federal	Porto Rico Federal Reports	1900	1924
PR Offic Trans	P.R. Offic. Trans.	state	Official Translations of the Opinions of the Supreme Court of Puerto Rico	1978	
PR Sent	P.R. Sent.	state	Sentencias del Tribunal Supremo de Puerto Rico	1899	1902
PR Sup LEXIS	PR Sup. LEXIS	state	LexisNexis Puerto Rico Supreme Court		
PR Sup. LEXIS	PR Sup. LEXIS	state	LexisNexis Puerto Rico Supreme Court		
PRR	P.R.R.	state	Puerto Rico Reports	1899	1978
PUR	P.U.R.	specialty	Public Utilities Reports		
PUR (NS)	P.U.R. (N.S.)	specialty	Public Utilities Reports		
PUR3d	P.U.R.3d	specialty	Public Utilities Reports		
PUR4th	P.U.R.4th	specialty	Public Utilities Reports		
Pa	Pa.	state	Pennsylvania State Reports	1845	
Pa (Admiralty)	Pa. (Admiralty)	state	Judgements in the Admiralty of Pennsylvania in four suits, brought as for maritime hypothecations	1783	1788
Pa C	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa Commw	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa Commw LEXIS	Pa. Commw. LEXIS	state	LexisNexis Pennsylvania Commonwealth Court		
Pa Commw Unpub LEXIS	Pa. Commw. Unpub. LEXIS	state	LexisNexis Pennsylvania Commonwealth Court Unpublished		
Pa Corp	Pa. Corp.	state	Pennsylvania Corporation Reporter		
Pa D	Pa. D.	state	Pennsylvania District Reports	1892	1921
Pa D & C	Pa. D. & C.	state	Pennsylvania District and County Reports	1921	
Pa D & C2d	Pa. D. & C.2d	state	Pennsylvania District and County Reports	1921	
Pa D & C3d	Pa. D. & C.3d	state	Pennsylvania District and County Reports	1921	
Pa D & C4th	Pa. D. & C.4th	state	Pennsylvania District and County Reports	1921	
Pa D & C5th	Pa. D. & C.5th	state	Pennsylvania District and County Reports	2006	
Pa Dist & Cnty Dec LEXIS	Pa. Dist. & Cnty. Dec. LEXIS	state	LexisNexis Common Pleas in the State of Pennsylvania		
Pa Fid	Pa. Fid.	state	Pennsylvania Fiduciary Reporter	1977	1981
Pa Jud Disc LEXIS	Pa. Jud. Disc. LEXIS	state	LexisNexis Pennsylvania Court of Judicial Discipline		
Pa Just L Rep	Pa. Just. L. Rep.	state	Pennsylvania Justices' Law Reporter	1900	1903
Pa LEXIS	Pa. LEXIS	state	LexisNexis Pennsylvania Supreme Court		
Pa Super	Pa. Super.	neutral	Pennsylvania Superior Court Neutral Citation	1999	
Pa Super	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa Super LEXIS	Pa. Super. LEXIS	state	LexisNexis Pennsylvania Superior Court		
Pa Super Unpub LEXIS	Pa. Super. Unpub. LEXIS	state	LexisNexis Pennsylvania Superior Court Unpublished		
Pa.	Pa.	state	Pennsylvania State Reports	1845	
Pa. (Admiralty)	Pa. (Admiralty)	state	Judgements in the Admiralty of Pennsylvania in four suits, brought as for maritime hypothecations	1783	1788
Pa. C.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa. Cmwlth	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa. Co. Ct.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa. Co. Ct. Rep.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa. Commonwealth Ct.	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa. Commw.	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa. Commw. LEXIS	Pa. Commw. LEXIS	state	LexisNexis Pennsylvania Commonwealth Court		
Pa. Commw. Unpub. LEXIS	Pa. Commw. Unpub. LEXIS	state	LexisNexis Pennsylvania Commonwealth Court Unpublished		
Pa. Corp.	Pa. Corp.	state	Pennsylvania Corporation Reporter		
Pa. Corp. R.	Pa. Corp.	state	Pennsylvania Corporation Reporter		
Pa. Corp. Rep.	Pa. Corp.	state	Pennsylvania Corporation Reporter		
Pa. D.	Pa. D.	state	Pennsylvania District Reports	1892	1921
Pa. D. & C.	Pa. D. & C.	state	Pennsylvania District and County Reports	1921	
Pa. D. & C. 2d	Pa. D. & C.2d	state	Pennsylvania District and County Reports	1921	
Pa. D. & C. 3d	Pa. D. & C.3d	state	Pennsylvania District and County Reports	1921	
Pa. D. & C. 4th	Pa. D. & C.4th	state	Pennsylvania District and County Reports	1921	
Pa. D. & C. 5th	Pa. D. & C.5th	state	Pennsylvania District and County Reports	2006	
Pa. D. & C.2d	Pa. D. & C.2d	state	Pennsylvania District and County Reports	1921	
Pa. D. & C.3d	Pa. D. & C.3d	state	Pennsylvania District and County Reports	1921	
Pa. D. & C.4th	Pa. D. & C.4th	state	Pennsylvania District and County Reports	1921	
Pa. D. & C.5th	Pa. D. & C.5th	state	Pennsylvania District and County Reports	2006	
Pa. Dist. & Cnty. Dec. LEXIS	Pa. Dist. & Cnty. Dec. LEXIS	state	LexisNexis Common Pleas in the State of Pennsylvania		
Pa. Fid.	Pa. Fid.	state	Pennsylvania Fiduciary Reporter	1977	1981
Pa. Jud. Disc. LEXIS	Pa. Jud. Disc. LEXIS	state	LexisNexis Pennsylvania Court of Judicial Discipline		
Pa. Just. L. Rep.	Pa. Just. L. Rep.	state	Pennsylvania Justices' Law Reporter	1900	1903
Pa. LEXIS	Pa. LEXIS	state	LexisNexis Pennsylvania Supreme Court		
Pa. Law J.	Penn. Law J.	federal	Pennsylvania Law Journal		
Pa. Law J. Rep.	Penn. Law J.	federal	Pennsylvania Law Journal		
Pa. Rawle	Rawle	state	Pennsylvania State Reports, Rawle	1828	1835
Pa. Super	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa. Super.	Pa. Super.	neutral	Pennsylvania Superior Court Neutral Citation	1999	
Pa. Super.	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa. Super. Ct.	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa. Super. LEXIS	Pa. Super. LEXIS	state	LexisNexis Pennsylvania Superior Court		
Pa. Super. Unpub. LEXIS	Pa. Super. Unpub. LEXIS	state	LexisNexis Pennsylvania Superior Court Unpublished		
Pa. Superior Ct.	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa.C.	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa.C.C.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa.Cas.	Sadler	state	Pennsylvania State Reports, Sadler	1885	1888
Pa.Cmwlth	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa.Cmwlth.	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa.Co.Ct.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa.Co.Ct.R.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa.Commw.Ct.	Pa. Commw.	state	Pennsylvania Commonwealth Court Reports	1970	1994
Pa.Corp	Pa. Corp.	state	Pennsylvania Corporation Reporter		
Pa.Corp.	Pa. Corp.	state	Pennsylvania Corporation Reporter		
Pa.County Ct.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Pa.Dist.	Pa. D.	state	Pennsylvania District Reports	1892	1921
Pa.Dist.& C.Rep.	Pa. D. & C.	state	Pennsylvania District and County Reports	1921	
Pa.Dist.& Co.	Pa. D. & C.	state	Pennsylvania District and County Reports	1921	
Pa.Dist.R.	Pa. D.	state	Pennsylvania District Reports	1892	1921
Pa.Rep.	Pa.	state	Pennsylvania State Reports	1845	
Pa.S.	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa.St.	Pa.	state	Pennsylvania State Reports	1845	
Pa.State	Pa.	state	Pennsylvania State Reports	1845	
Pa.Super.	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
Pa.Super.Ct.	Pa. Super.	state	Pennsylvania Superior Court Reports	1895	1998
PaC.	P.	state_regional	Pacific Reporter	1883	1931
Pac	P.	state_regional	Pacific Reporter	1883	1931
Pac (2d)	P.2d	state_regional	Pacific Reporter	1931	2000
Pac Law Mag	Pac. Law Mag.	state	Pacific Law Magazine		
Pac.	P.	state_regional	Pacific Reporter	1883	1931
Pac. (2)	P.2d	state_regional	Pacific Reporter	1931	2000
Pac. (2d)	P.2d	state_regional	Pacific Reporter	1931	2000
Pac. (2d).	P.2d	state_regional	Pacific Reporter	1931	2000
Pac. 2d	P.2d	state_regional	Pacific Reporter	1931	2000
Pac. Law Mag.	Pac. Law Mag.	state	Pacific Law Magazine		
Pac. Law Rep.	P.L.R.	state	Pacific Law Reporter		
Pac. Law Reptr.	P.L.R.	state	Pacific Law Reporter		
Pac. Law. Rep.	P.L.R.	state	Pacific Law Reporter		
Pac. Rep.	P.	state_regional	Pacific Reporter	1883	1931
Pac.2d	P.2d	state_regional	Pacific Reporter	1931	2000
Pac.R.	P.	state_regional	Pacific Reporter	1883	1931
Pac.Rep.	P.	state_regional	Pacific Reporter	1883	1931
Pacific	P.	state_regional	Pacific Reporter	1883	1931
Pacific Law Mag.	Pac. Law Mag.	state	Pacific Law Magazine		
Pacific Rep.	P.	state_regional	Pacific Reporter	1883	1931
Pai.	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Pai.Ch.	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Paige	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Paige Ch	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Paige Ch.	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Paige Ch. Rep.	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Paige Rep.	Paige Ch.	state	Paige's Chancery Reports	1828	1845
Paine	Paine	federal	Paine's United States (US) Circuit Court Reports		
Paine.	Paine	federal	Paine's United States (US) Circuit Court Reports		
Park Cr	Park. Cr.	state	Parker's Criminal Reports (NY)		
Park. C.R.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Park. Cr.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Park. Cr. Rep.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Park. Crim. R.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Park. Crim. Rep.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker Cr.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker Cr. Rep.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker's Cr. R.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker's Crim. R.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker's Crim. Rep.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker, Cr. Cas.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parker, Cr. R.	Park. Cr.	state	Parker's Criminal Reports (NY)		
Parsons	Parsons	state	Select cases in equity and at law (Parsons) (PA)		
Pat Trademark & Copyright J (BNA)	Pat. Trademark & Copyright J. (BNA)	specialty	Patent, Trademark & Copyright Journal		
Pat. & H.	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Pat. Trademark & Copyright J. (BNA)	Pat. Trademark & Copyright J. (BNA)	specialty	Patent, Trademark & Copyright Journal		
Patt. & H.	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Patt. & H. (Va.)	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Patt. & Heath R.	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Patton & H.	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Patton & H. (Va.)	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Patton & Heath	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Pears	Pears.	state	Decisions of the Honorable John J. Pearson, judge of the twelvth judicial district	1851	1869
Pears.	Pears.	state	Decisions of the Honorable John J. Pearson, judge of the twelvth judicial district	1851	1869
Peck	Peck	state	Tennessee Reports, Peck	1821	1824
Peck (Tenn.)	Peck	state	Tennessee Reports, Peck	1821	1824
Pelt	Pelt.	state	Peltier's Opinions, Parish at Orleans	1917	1924
Pelt.	Pelt.	state	Peltier's Opinions, Parish at Orleans	1917	1924
Pen & W	Pen. & W.	state	Pennsylvania State Reports, Penrose and Watts	1829	1832
Pen. & W.	Pen. & W.	state	Pennsylvania State Reports, Penrose and Watts	1829	1832
Penn Law J	Penn. Law J.	federal	Pennsylvania Law Journal		
Penn.	Pa.	state	Pennsylvania State Reports	1845	
Penn.	Penne.	state	Pennewill's Delaware Reports		
Penn.	Pennyp.	state	Pennsylvania State Reports, Pennypacker	1881	1884
Penn. Del.	Penne.	state	Pennewill's Delaware Reports		
Penn. L. J.	Penn. Law J.	federal	Pennsylvania Law Journal		
Penn. L.J.	Penn. Law J.	federal	Pennsylvania Law Journal		
Penn. Law J.	Penn. Law J.	federal	Pennsylvania Law Journal		
Penn. Law Jour.	Penn. Law J.	federal	Pennsylvania Law Journal		
Penn.Co.Ct.Rep.	Pa. C.	state	Pennsylvania County Court Reports	1870	1921
Penn.Dist.Rep.	Pa. D.	state	Pennsylvania District Reports	1892	1921
Penn.Rep.	Pa.	state	Pennsylvania State Reports	1845	
Penn.St.	Pa.	state	Pennsylvania State Reports	1845	
Penn.St.R.	Pa.	state	Pennsylvania State Reports	1845	
Penne	Penne.	state	Pennewill's Delaware Reports		
Penne.	Penne.	state	Pennewill's Delaware Reports		
Pennew.	Penne.	state	Pennewill's Delaware Reports		
Pennewill	Pennewill	state	Delaware Reports, Pennewill	1897	1909
Pennewill.	Penne.	state	Pennewill's Delaware Reports		
Penny.	Pennyp.	state	Pennsylvania State Reports, Pennypacker	1881	1884
Pennyp	Pennyp.	state	Pennsylvania State Reports, Pennypacker	1881	1884
Pennyp.	Pennyp.	state	Pennsylvania State Reports, Pennypacker	1881	1884
Pennyp.(Pa.)	Pennyp.	state	Pennsylvania State Reports, Pennypacker	1881	1884
Penr.& W.	Pen. & W.	state	Pennsylvania State Reports, Penrose and Watts	1829	1832
Pens & Ben Rep (BNA)	Pens. & Ben. Rep. (BNA)	specialty	Pension & Benefits Reporter		
Pens & Profit Sharing 2d (RIA)	Pens. & Profit Sharing 2d (RIA)	specialty	Pension & Profit Sharing Second		
Pens Plan Guide (CCH)	Pens. Plan Guide (CCH)	specialty	Pension Plan Guide		
Pens. & Ben. Rep. (BNA)	Pens. & Ben. Rep. (BNA)	specialty	Pension & Benefits Reporter		
Pens. & Benefits Rep. (BNA)	Pens. & Ben. Rep. (BNA)	specialty	Pension & Benefits Reporter		
Pens. & Profit Sharing 2d (RIA)	Pens. & Profit Sharing 2d (RIA)	specialty	Pension & Profit Sharing Second		
Pens. Plan Guide (CCH)	Pens. Plan Guide (CCH)	specialty	Pension Plan Guide		
Personal and Comm Liab Life Health & Accid Ins Cas 2d (CCH)	Personal and Comm. Liab. Life Health & Accid. Ins. Cas. 2d (CCH)	specialty	Personal and Commercial Liability Life, Health & Accident Insurance Cases 2d		
Personal and Comm. Liab. Life Health & Accid. Ins. Cas. 2d (CCH)	Personal and Comm. Liab. Life Health & Accid. Ins. Cas. 2d (CCH)	specialty	Personal and Commercial Liability Life, Health & Accident Insurance Cases 2d		
Personnel Mgmt (BNA)	Personnel Mgmt. (BNA)	specialty	Personnel Management		
Personnel Mgmt. (BNA)	Personnel Mgmt. (BNA)	specialty	Personnel Management		
Pet	Pet.	scotus_early	Peters' Supreme Court Reports	1828	1842
Pet Adm	Pet. Adm.	federal	Peters' District Court Admiralty Reports		
Pet C. C.	Pet. C.C.	federal	Peters' United States Circuit Court Reports		
Pet CC	Pet. C.C.	federal	Peters' United States Circuit Court Reports		
Pet Cir CR	Pet. Cir. C.R.	federal	Peters' Condensed U.S. Circuit Reports		
Pet.	Pet.	scotus_early	Peters' Supreme Court Reports	1828	1842
Pet. Adm.	Pet. Adm.	federal	Peters' District Court Admiralty Reports		
Pet. C. C.	Pet. C.C.	federal	Peters' United States Circuit Court Reports		
Pet. C.C.	Pet. C.C.	federal	Peters' United States Circuit Court Reports		
Pet. Cir. C.R.	Pet. Cir. C.R.	federal	Peters' Condensed U.S. Circuit Reports		
Pet. Rep.	Pet.	scotus_early	Peters' Supreme Court Reports	1828	1842
Pet.S.C.	Pet.	scotus_early	Peters' Supreme Court Reports	1828	1842
Peters	Pet.	scotus_early	Peters' Supreme Court Reports	1828	1842
Peters C.C.	Pet. C.C.	federal	Peters' United States Circuit Court Reports		
Peters Rep.	Pet.	scotus_early	Peters' Supreme Court Reports	1828	1842
Phil Eq	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phil Law	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phil.	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phil.	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phil. Eq.	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phil. Law	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phil. Rep.	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phil. Rep.	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phil.Eq.(N.C.)	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phil.N.C.	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phila	Phila.	state	Philadelphia Reports		
Phila Ct Com Pl LEXIS	Phila. Ct. Com. Pl. LEXIS	specialty	LexisNexis Philadelphia Court of Common Pleas		
Phila Cty Rptr LEXIS	Phila. Cty. Rptr. LEXIS	specialty	LexisNexis Philadelphia Court of Common Pleas		
Phila.	Phila.	state	Philadelphia Reports		
Phila. Ct. Com. Pl. LEXIS	Phila. Ct. Com. Pl. LEXIS	specialty	LexisNexis Philadelphia Court of Common Pleas		
Phila. Cty. Rptr. LEXIS	Phila. Cty. Rptr. LEXIS	specialty	LexisNexis Philadelphia Court of Common Pleas		
Phila. Leg. Int.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Phila. Rep.	Phila.	state	Philadelphia Reports		
Philadelphia Leg. Int.	Leg. Int.	state	Philadelphia Legal Intelligencer, Pa.		
Phill.	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phill.	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phill. Rep.	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phill. Rep.	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phill.L.(N.C.)	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Phillips	Phil. Eq.	state	North Carolina Reports, Philips' Equity	1866	1868
Phillips	Phil. Law	state	North Carolina Reports, Philips' Law	1866	1868
Pick	Pick.	state	Massachusetts Reports, Pickering	1822	1839
Pick.	Pick.	state	Massachusetts Reports, Pickering	1822	1839
Pick. Rep.	Pick.	state	Massachusetts Reports, Pickering	1822	1839
Pick.(Mass.)	Pick.	state	Massachusetts Reports, Pickering	1822	1839
Pickle	Pickle	state	Pickle's Reports (85-108 Tenn.)		
Pin	Pin.	state	Wisconsin Reports, Pinney	1839	1852
Pin.	Pin.	state	Wisconsin Reports, Pinney	1839	1852
Pinn.	Pin.	state	Wisconsin Reports, Pinney	1839	1852
Pitt.L.J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pitts L.J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pitts LJ	Pitts L.J.	state	Pittsburgh Legal Journal		
Pitts Rpts	Pitts. Rpts.	state	Pittsburgh Reports		
Pitts. L. J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pitts. Leg. J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pitts. Leg. Joor.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pitts. R.	Pitts. Rpts.	state	Pittsburgh Reports		
Pitts. Rep.	Pitts. Rpts.	state	Pittsburgh Reports		
Pitts. Rep. (Pa.)	Pitts. Rpts.	state	Pittsburgh Reports		
Pitts. Rpts.	Pitts. Rpts.	state	Pittsburgh Reports		
Pitts.L.J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsb. L. Rev.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsb. L.J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsb. Leg. J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsb. Leg. J. (O. S.)	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsb. Leg. J. (Pa.)	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsb. R. (Pa.)	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsburgh Leg. J.	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsburgh Leg. Journal	Pitts L.J.	state	Pittsburgh Legal Journal		
Pittsburgh Legal Journal	Pitts L.J.	state	Pittsburgh Legal Journal		
Port	Port.	state	Alabama Reports, Porter	1834	1839
Port.	Port.	state	Alabama Reports, Porter	1834	1839
Port. Rep.	Port.	state	Alabama Reports, Porter	1834	1839
Port.(Ala.)	Port.	state	Alabama Reports, Porter	1834	1839
Porter	Port.	state	Alabama Reports, Porter	1834	1839
Porter Rep.	Port.	state	Alabama Reports, Porter	1834	1839
Posey	Posey	state	Posey's Unreported Cases (Tex.)		
Posey U.C.	Posey	state	Posey's Unreported Cases (Tex.)		
Posey's U.C.	Posey	state	Posey's Unreported Cases (Tex.)		
Posey, Unrep. Cas.	Posey	state	Posey's Unreported Cases (Tex.)		
Pow Surr	Pow. Surr.	state	Power's Surrogate's Reports	1890	1894
Pow. Surr.	Pow. Surr.	state	Power's Surrogate's Reports	1890	1894
Power	Pow. Surr.	state	Power's Surrogate's Reports	1890	1894
Prod Liab Rep (CCH)	Prod. Liab. Rep. (CCH)	specialty	Products Liability Reports		
Prod Safety & Liab Rep (BNA)	Prod. Safety & Liab. Rep. (BNA)	specialty	Product Safety & Liability Reporter		
Prod. Liab. Rep. (CCH)	Prod. Liab. Rep. (CCH)	specialty	Products Liability Reports		
Prod. Safety & Liab. Rep. (BNA)	Prod. Safety & Liab. Rep. (BNA)	specialty	Product Safety & Liability Reporter		
Prod.Liab.Rep. (CCH)	Prod. Liab. Rep. (CCH)	specialty	Products Liability Reports		
Pub Lands Dec	Pub. Lands Dec.	federal	Interior and General Land Office Cases Relating to Public Lands		
Pub. Lands Dec.	Pub. Lands Dec.	federal	Interior and General Land Office Cases Relating to Public Lands		
Pub. Util. Rep. 4th	P.U.R.4th	specialty	Public Utilities Reports		
Puerto Rico	P.R.R.	state	Puerto Rico Reports	1899	1978
Quart Law J	Quart. Law J.	state	Quarterly Law Journal	1856	1859
Quart. Law J.	Quart. Law J.	state	Quarterly Law Journal	1856	1859
R.	Rawle	state	Pennsylvania State Reports, Rawle	1828	1835
R.I.	R.I.	state	Rhode Island Reports	1828	1980
R.I. Dec.	R.I. Dec.	state	Rhode Island Decisions		
R.I. LEXIS	R.I. LEXIS	state	LexisNexis Rhode Island Supreme Court		
R.I. Super. LEXIS	R.I. Super. LEXIS	state	LexisNexis Rhode Island Superior Court		
R.I.C.O. Bus. Disp. Guide (CCH)	RICO Bus. Disp. Guide (CCH)	specialty	RICO Business Disputes Guide (Commerce Clearing House)	1970	
RI	R.I.	state	Rhode Island Reports	1828	1980
RI Dec	R.I. Dec.	state	Rhode Island Decisions		
RI LEXIS	R.I. LEXIS	state	LexisNexis Rhode Island Supreme Court		
RI Super LEXIS	R.I. Super. LEXIS	state	LexisNexis Rhode Island Superior Court		
RIA TM	T.C.M. (RIA)	specialty	RIA Federal Tax Handbook	1924	
RICO Bus Disp Guide (CCH)	RICO Bus. Disp. Guide (CCH)	specialty	RICO Business Disputes Guide (Commerce Clearing House)	1970	
RICO Bus. Disp. Guide	RICO Bus. Disp. Guide (CCH)	specialty	RICO Business Disputes Guide (Commerce Clearing House)	1970	
RICO Bus. Disp. Guide (CCH)	RICO Bus. Disp. Guide (CCH)	specialty	RICO Business Disputes Guide (Commerce Clearing House)	1970	
RICO Bus.Disp.Guide	RICO Bus. Disp. Guide (CCH)	specialty	RICO Business Disputes Guide (Commerce Clearing House)	1970	
Rad Reg	Rad. Reg.	specialty	Radio Regulation (P & F)		
Rad Reg 2d (P & F)	Rad. Reg. 2d (P & F)	specialty	Radio Regulation (P & F)		
Rad. Reg.	Rad. Reg.	specialty	Radio Regulation (P & F)		
Rad. Reg. (P & F)	Rad. Reg.	specialty	Radio Regulation (P & F)		
Rad. Reg. 2d (P & F)	Rad. Reg. 2d (P & F)	specialty	Radio Regulation (P & F)		
Rand	Rand.	state	Virginia Reports, Randolph	1821	1828
Rand.	Rand.	state	Virginia Reports, Randolph	1821	1828
Rand. Rep.	Rand.	state	Virginia Reports, Randolph	1821	1828
Raw.	Rawle	state	Pennsylvania State Reports, Rawle	1828	1835
Rawle	Rawle	state	Pennsylvania State Reports, Rawle	1828	1835
Rawle Rep.	Rawle	state	Pennsylvania State Reports, Rawle	1828	1835
Read's Notebook	Read's Notebook	specialty	Read's Notebook	1792	1830
Read’s Notebook	Read's Notebook	specialty	Read's Notebook	1792	1830
Rec Co Ch (SC)	Rec. Co. Ch. (S.C.)	state	Records of the court of Chancery of South Carolina, 1671-1779	1671	
Rec Co Ct	Rec. Co. Ct.	state	Records of the Suffolk county court, 1671-1680 (1671-1680)	1671	1680
Rec VA Ct (RI)	Rec. V.A. Ct. (R.I.)	specialty	Records of the Vice-Admiralty Court of Rhode Island, 1716-1752	1716	1752
Rec. Co. Ch. (S.C.)	Rec. Co. Ch. (S.C.)	state	Records of the court of Chancery of South Carolina, 1671-1779	1671	
Rec. Co. Ct.	Rec. Co. Ct.	state	Records of the Suffolk county court, 1671-1680 (1671-1680)	1671	1680
Rec. V.A. Ct. (R.I.)	Rec. V.A. Ct. (R.I.)	specialty	Records of the Vice-Admiralty Court of Rhode Island, 1716-1752	1716	1752
Redf	Redf.	state	Redfield's Reports	1846	1882
Redf.	Redf.	state	Redfield's Reports	1846	1882
Rep Cont El	Rep. Cont. El.	state	Reports of controverted elections in the House of representatives, of the commonwealth of Massachusetts	1781	1862
Rep Cont Elect Case	Rep. Cont. Elect. Case.	state	Reports of contested election cases in the Senate and House of Representatives of the commonwealth of Massachusetts for the year 1886-1897	1886	1897
Rep. Cont. El.	Rep. Cont. El.	state	Reports of controverted elections in the House of representatives, of the commonwealth of Massachusetts	1781	1862
Rep. Cont. Elect. Cas.	Rep. Cont. Elect. Case.	state	Reports of contested election cases in the Senate and House of Representatives of the commonwealth of Massachusetts for the year 1886-1897	1886	1897
Rep. Cont. Elect. Case.	Rep. Cont. Elect. Case.	state	Reports of contested election cases in the Senate and House of Representatives of the commonwealth of Massachusetts for the year 1886-1897	1886	1897
Reporter,	Reporter,	federal	Reporter. (Continuation of Law and Equity Reporter and of American Law Times Reports, New Series.)		
Reporter.	Reporter,	federal	Reporter. (Continuation of Law and Equity Reporter and of American Law Times Reports, New Series.)		
Rice	Rice	state	South Carolina Reports, Rice	1838	1839
Rice Ch.	Rice Eq.	state	South Carolina Reports, Rice's Equity	1838	1839
Rice Eq	Rice Eq.	state	South Carolina Reports, Rice's Equity	1838	1839
Rice Eq.	Rice Eq.	state	South Carolina Reports, Rice's Equity	1838	1839
Rice L.(S.C.)	Rice	state	South Carolina Reports, Rice	1838	1839
Rich	Rich.	state	South Carolina Reports, Richardson	1846	1868
Rich Cas	Rich. Cas.	state	South Carolina Reports, Richardson's Cases	1831	1832
Rich Eq	Rich. Eq.	state	South Carolina Reports, Richardson's Equity	1844	1868
Rich.	Rich.	state	South Carolina Reports, Richardson	1846	1868
Rich. Cas.	Rich. Cas.	state	South Carolina Reports, Richardson's Cases	1831	1832
Rich. Eq.	Rich. Eq.	state	South Carolina Reports, Richardson's Equity	1844	1868
Rich. Eq. Rep.	Rich. Eq.	state	South Carolina Reports, Richardson's Equity	1844	1868
Rich. Rep.	Rich.	state	South Carolina Reports, Richardson	1846	1868
Rich.Cas.(S.C.)	Rich. Cas.	state	South Carolina Reports, Richardson's Cases	1831	1832
Rich.Eq.Ch.	Rich. Eq.	state	South Carolina Reports, Richardson's Equity	1844	1868
Rich.L.(S.C.)	Rich.	state	South Carolina Reports, Richardson	1846	1868
Rich.Law(S.C.)	Rich.	state	South Carolina Reports, Richardson	1846	1868
Ridgely's Notebook	Ridgely's Notebook	specialty	Ridgely's Notebook	1792	1830
Ridgely's Notebook I	Ridgely's Notebook	specialty	Ridgely's Notebook	1792	1830
Ridgely's Notebook II	Ridgely's Notebook II	specialty	Ridgely's Notebook	1792	1830
Ridgely's Notebook III	Ridgely's Notebook III	specialty	Ridgely's Notebook	1792	1830
Ridgely's Notebook IV	Ridgely's Notebook IV	specialty	Ridgely's Notebook	1792	1830
Ridgely's Notebook V	Ridgely's Notebook V	specialty	Ridgely's Notebook	1792	1830
Ridgely’s Notebook I	Ridgely's Notebook	specialty	Ridgely's Notebook	1792	1830
Ridgely’s Notebook II	Ridgely's Notebook II	specialty	Ridgely's Notebook	1792	1830
Ridgely’s Notebook III	Ridgely's Notebook III	specialty	Ridgely's Notebook	1792	1830
Ridgely’s Notebook IV	Ridgely's Notebook IV	specialty	Ridgely's Notebook	1792	1830
Ridgely’s Notebook V	Ridgely's Notebook V	specialty	Ridgely's Notebook	1792	1830
Ril	Ril.	state	South Carolina Reports, Riley	1836	1837
Ril Eq	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Ril.	Ril.	state	South Carolina Reports, Riley	1836	1837
Ril.	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Ril. Eq.	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Riley	Ril.	state	South Carolina Reports, Riley	1836	1837
Riley	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Riley Ch.	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Riley Eq.	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Riley Eq.(S.C.)	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
Riley L.(S.C.)	Ril.	state	South Carolina Reports, Riley	1836	1837
Rob	Rob.	state	Louisiana Reports, Robinson	1841	1846
Rob	Rob.	state	Robertson's Reports (24-30 New York Superior)	1863	1868
Rob	Rob.	state	Virginia Reports, Robinson	1842	1844
Rob.	Rob.	state	Louisiana Reports, Robinson	1841	1846
Rob.	Rob.	state	Robertson's Reports (24-30 New York Superior)	1863	1868
Rob.	Rob.	state	Virginia Reports, Robinson	1842	1844
Rob.	Robards	state	Synopses of the Decisions of the Supreme Court of Texas Arising from Restraints by Conscript and Other Military Authorities (Robards)	1862	1865
Rob. (VA)	Rob.	state	Virginia Reports, Robinson	1842	1844
Rob. Rep.	Rob.	state	Louisiana Reports, Robinson	1841	1846
Rob. Rep.	Rob.	state	Virginia Reports, Robinson	1842	1844
Rob. Rep.	Robards	state	Synopses of the Decisions of the Supreme Court of Texas Arising from Restraints by Conscript and Other Military Authorities (Robards)	1862	1865
Rob.Cons.Cas.(Tex.)	Robards	state	Synopses of the Decisions of the Supreme Court of Texas Arising from Restraints by Conscript and Other Military Authorities (Robards)	1862	1865
Rob.Consc.Cas.	Robards	state	Synopses of the Decisions of the Supreme Court of Texas Arising from Restraints by Conscript and Other Military Authorities (Robards)	1862	1865
Rob.La.	Rob.	state	Louisiana Reports, Robinson	1841	1846
Rob.Va.	Rob.	state	Virginia Reports, Robinson	1842	1844
Robard	Robards	state	Synopses of the Decisions of the Supreme Court of Texas Arising from Restraints by Conscript and Other Military Authorities (Robards)	1862	1865
Robards	Robards	state	Synopses of the Decisions of the Supreme Court of Texas Arising from Restraints by Conscript and Other Military Authorities (Robards)	1862	1865
Robb	Robb.	state	Robbins' Reports	1905	1907
Robb, Pat Cas	Robb, Pat. Cas.	federal	Robb's Patent Cases	1789	1850
Robb, Pat. Cas.	Robb, Pat. Cas.	federal	Robb's Patent Cases	1789	1850
Robb.	Robb.	state	Robbins' Reports	1905	1907
Robb. (N.J.)	Robb.	state	Robbins' Reports	1905	1907
Robbins	Robb.	state	Robbins' Reports	1905	1907
Robbins.	Robb.	state	Robbins' Reports	1905	1907
Robertson's Report of the Trial of Aaron Burr	Robertson's Report of the Trial of Aaron Burr.	specialty	Robertson's Report of the Trial of Aaron Burr		
Robertson's Report of the Trial of Aaron Burr.	Robertson's Report of the Trial of Aaron Burr.	specialty	Robertson's Report of the Trial of Aaron Burr		
Robertson's Super. Ct. Rep.	Rob.	state	Robertson's Reports (24-30 New York Superior)	1863	1868
Robertson’s Report of the Trial of Aaron Burr.	Robertson's Report of the Trial of Aaron Burr.	specialty	Robertson's Report of the Trial of Aaron Burr		
Robinson	Rob.	state	Louisiana Reports, Robinson	1841	1846
Robinson	Rob.	state	Virginia Reports, Robinson	1842	1844
Rodney's Notes	Rodney's Notes	specialty	Rodney's Notes	1792	1830
Rodney’s Notes	Rodney's Notes	specialty	Rodney's Notes	1792	1830
Root	Root	state	Root's Connecticut Reports	1789	1798
S & M	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
S Ct	S. Ct.	federal	West's Supreme Court Reporter	1882	
S. & M.	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
S. (2nd)	So. 2d	state_regional	Southern Reporter	1941	2008
S. Ct	S. Ct.	federal	West's Supreme Court Reporter	1882	
S. Ct.	S. Ct.	federal	West's Supreme Court Reporter	1882	
S. Ct. Rep.	S. Ct.	federal	West's Supreme Court Reporter	1882	
S. E.	S.E.	state_regional	South Eastern Reporter	1887	1939
S. E. (2d)	S.E.2d	state_regional	South Eastern Reporter	1939	
S. E. 2d	S.E.2d	state_regional	South Eastern Reporter	1939	
S. E. Rep.	S.E.	state_regional	South Eastern Reporter	1887	1939
S. E.2d	S.E.2d	state_regional	South Eastern Reporter	1939	
S. R.	N.Y. St. Rep.	state	New York State Reporter		
S. W.	S.W.	state_regional	South Western Reporter	1886	1928
S. W. (2d)	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W. 2d	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W. 2d Series.	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W. 3d	S.W.3d	state_regional	South Western Reporter	1999	
S. W. Rep.	S.W.	state_regional	South Western Reporter	1886	1928
S. W., 2d Series,	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W., 2d Series.	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W., Second Series,	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W.2d	S.W.2d	state_regional	South Western Reporter	1928	1999
S. W.3d	S.W.3d	state_regional	South Western Reporter	1999	
S.& Mar.	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
S.C.	S. Ct.	federal	West's Supreme Court Reporter	1882	
S.C.	S.C.	state	South Carolina Reports	1868	
S.C. App. LEXIS	S.C. App. LEXIS	state	LexisNexis South Carolina Appeals Court		
S.C. App. Unpub. LEXIS	S.C. App. Unpub. LEXIS	state	LexisNexis South Carolina Court of Appeals Unpublished		
S.C. Eq.	S.C. Eq.	state	South Carolina Equity Reports	1784	1868
S.C. LEXIS	S.C. LEXIS	state	LexisNexis South Carolina Supreme Court		
S.C. Unpub. LEXIS	S.C. Unpub. LEXIS	state	LexisNexis South Carolina Supreme Court Unpublished		
S.C.D.C. (N.S.)	S.C.D.C. (N.S.)	federal	Supreme Court of the District of Columbia		
S.C.Eq.(Bail.Eq.)	Bail. Eq.	state	South Carolina Reports, Bailey's Equity	1830	1831
S.C.Eq.(Chev.Eq.)	Chev. Eq.	state	South Carolina Reports, Cheves' Equity	1839	1840
S.C.Eq.(Des.)	Des.	state	South Carolina Reports, Desaussure's Equity	1784	1817
S.C.Eq.(Dud.Eq.)	Dud. Eq.	state	South Carolina Reports, Dudley's Equity	1837	1838
S.C.Eq.(Harp.Eq.)	Harp. Eq.	state	South Carolina Reports, Harper's Equity	1824	1824
S.C.Eq.(Hill Eq.)	Hill Eq.	state	South Carolina Reports, Hill's Chancery	1833	1837
S.C.Eq.(Rice.Eq.)	Rice Eq.	state	South Carolina Reports, Rice's Equity	1838	1839
S.C.Eq.(Rich.Eq.)	Rich. Eq.	state	South Carolina Reports, Richardson's Equity	1844	1868
S.C.Eq.(Ril.)	Ril. Eq.	state	South Carolina Reports, Riley's Chancery	1836	1837
S.C.Eq.(Speers Eq.)	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
S.C.Eq.(Strob.Eq.)	Strob. Eq.	state	South Carolina Reports, Strobhart's Equity	1846	1850
S.C.L.	S.C.L.	state	South Carolina Law Reports	1783	1868
S.C.L. (Mill Const.)	S.C.L.	state	South Carolina Law Reports	1783	1868
S.C.L.(Bail.)	Bail.	state	South Carolina Reports, Bailey	1828	1832
S.C.L.(Bay)	Bay	state	South Carolina Reports, Bay	1783	1804
S.C.L.(Brev)	Brev.	state	South Carolina Reports, Brevard	1793	1816
S.C.L.(Chev.)	Chev.	state	South Carolina Reports, Cheves	1839	1840
S.C.L.(Dud.)	Dud.	state	South Carolina Reports, Dudley	1837	1838
S.C.L.(Harp.)	Harp.	state	South Carolina Reports, Harper	1823	1831
S.C.L.(Hill)	Hill	state	South Carolina Reports, Hill	1833	1837
S.C.L.(McCord Eq.)	McCord Eq.	state	South Carolina Reports, McCord's Chancery	1825	1827
S.C.L.(McCord)	McCord	state	South Carolina Reports, McCord	1821	1828
S.C.L.(McMul.)	McMul.	state	South Carolina Reports, McMullen	1840	1842
S.C.L.(McMullan Eq.)	McMul. Eq.	state	South Carolina Reports, McMullen's Equity	1840	1842
S.C.L.(Mill)	Mill	state	South Carolina Reports, Mill (Constitutional)	1817	1818
S.C.L.(Nott & McC.)	Nott & McC.	state	South Carolina Reports, Nott and McCord	1817	1820
S.C.L.(Rice)	Rice	state	South Carolina Reports, Rice	1838	1839
S.C.L.(Rich.)	Rich.	state	South Carolina Reports, Richardson	1846	1868
S.C.L.(Riley)	Ril.	state	South Carolina Reports, Riley	1836	1837
S.C.L.(Speers)	Speers	state	South Carolina Reports, Speers	1842	1844
S.C.L.(Strob.)	Strob.	state	South Carolina Reports, Strobhart	1846	1850
S.C.L.(Tread.)	Tread.	state	Treadway's South Carolina Law Reports (1812-16)	1812	1816
S.C.R.	S.C.	state	South Carolina Reports	1868	
S.Car.	S.C.	state	South Carolina Reports	1868	
S.Ct	S. Ct.	federal	West's Supreme Court Reporter	1882	
S.Ct.	S. Ct.	federal	West's Supreme Court Reporter	1882	
S.D.	S.D.	state	South Dakota Reports	1890	1976
S.D. LEXIS	S.D. LEXIS	state	LexisNexis South Dakota Supreme Court		
S.Dak.	S.D.	state	South Dakota Reports	1890	1976
S.E.	S.E.	state_regional	South Eastern Reporter	1887	1939
S.E. (2d)	S.E.2d	state_regional	South Eastern Reporter	1939	
S.E. 2d	S.E.2d	state_regional	South Eastern Reporter	1939	
S.E. Rep.	S.E.	state_regional	South Eastern Reporter	1887	1939
S.E.2d	S.E.2d	state_regional	South Eastern Reporter	1939	
S.E.2d.	S.E.2d	state_regional	South Eastern Reporter	1939	
S.E.C. Docket	SEC Docket	specialty	Securities and Exchange Commission Docket		
S.E2.d	S.E.2d	state_regional	South Eastern Reporter	1939	
S.T.B.	S.T.B.	federal	Surface Transportation Board Reporter		
S.W.	S.W.	state_regional	South Western Reporter	1886	1928
S.W. 2d	S.W.2d	state_regional	South Western Reporter	1928	1999
S.W. 3d	S.W.3d	state_regional	South Western Reporter	1999	
S.W. Rep.	S.W.	state_regional	South Western Reporter	1886	1928
S.W. Series	S.W.	state_regional	South Western Reporter	1886	1928
S.W.2d	S.W.2d	state_regional	South Western Reporter	1928	1999
S.W.3d	S.W.3d	state_regional	South Western Reporter	1999	
S.W.3d.	S.W.3d	state_regional	South Western Reporter	1999	
SC	S.C.	state	South Carolina Reports	1868	
SC App LEXIS	S.C. App. LEXIS	state	LexisNexis South Carolina Appeals Court		
SC App Unpub LEXIS	S.C. App. Unpub. LEXIS	state	LexisNexis South Carolina Court of Appeals Unpublished		
SC Eq	S.C. Eq.	state	South Carolina Equity Reports	1784	1868
SC LEXIS	S.C. LEXIS	state	LexisNexis South Carolina Supreme Court		
SC Unpub LEXIS	S.C. Unpub. LEXIS	state	LexisNexis South Carolina Supreme Court Unpublished		
SCDB	SCDB	state	The Supreme Court Database	1791	
SCDC (NS)	S.C.D.C. (N.S.)	federal	Supreme Court of the District of Columbia		
SCL	S.C.L.	state	South Carolina Law Reports	1783	1868
SCt	S. Ct.	federal	West's Supreme Court Reporter	1882	
SD	SD	neutral	South Dakota Neutral Citation		
SD LEXIS	S.D. LEXIS	state	LexisNexis South Dakota Supreme Court		
SE	S.E.	state_regional	South Eastern Reporter	1887	1939
SE 2d	S.E.2d	state_regional	South Eastern Reporter	1939	
SE2d	S.E.2d	state_regional	South Eastern Reporter	1939	
SEC Accounting R (CCH)	SEC Accounting R. (CCH)	specialty	SEC Accounting Rules		
SEC Accounting R. (CCH)	SEC Accounting R. (CCH)	specialty	SEC Accounting Rules		
SEC Docket	SEC Docket	specialty	Securities and Exchange Commission Docket		
SEC Jud Dec	SEC Jud. Dec.	specialty	Securities and Exchange Commission Judicial Decision		
SEC Jud. Dec.	SEC Jud. Dec.	specialty	Securities and Exchange Commission Judicial Decision		
SO.	So.	state_regional	Southern Reporter	1886	1941
STB	S.T.B.	federal	Surface Transportation Board Reporter		
SW	S.W.	state_regional	South Western Reporter	1886	1928
SW 2d	S.W.2d	state_regional	South Western Reporter	1928	1999
SW 3d	S.W.3d	state_regional	South Western Reporter	1999	
SW.3d	S.W.3d	state_regional	South Western Reporter	1999	
SW2D	S.W.2d	state_regional	South Western Reporter	1928	1999
SW2d	S.W.2d	state_regional	South Western Reporter	1928	1999
SW3D	S.W.3d	state_regional	South Western Reporter	1999	
SW3d	S.W.3d	state_regional	South Western Reporter	1999	
Sad.Pa.Cas.	Sadler	state	Pennsylvania State Reports, Sadler	1885	1888
Sad.Pa.Cs.	Sadler	state	Pennsylvania State Reports, Sadler	1885	1888
Sadl.	Sadler	state	Pennsylvania State Reports, Sadler	1885	1888
Sadler	Sadler	state	Pennsylvania State Reports, Sadler	1885	1888
Sadler(Pa.)	Sadler	state	Pennsylvania State Reports, Sadler	1885	1888
San Fran Law J	San Fran. Law J.	state	San Francisco Law Journal	1877	1878
San Fran. Law J.	San Fran. Law J.	state	San Francisco Law Journal	1877	1878
San Fran. Law. J.	San Fran. Law J.	state	San Francisco Law Journal	1877	1878
Sand Ch	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sand. Ch.	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sand. Ch. Rep.	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sand.Chy.	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sandf	Sandf.	state	Sandford's Reports (3-7 New York Superior)		
Sandf.	Sandf.	state	Sandford's Reports (3-7 New York Superior)		
Sandf. Rep.	Sandf.	state	Sandford's Reports (3-7 New York Superior)		
Sandf.Ch.	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sandf.Ch.(N.Y.)	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sandf.Chy.	Sand. Ch.	state	Sandford's Chancery Reports	1843	1847
Sandford Super. Ct. Rep.	Sandf.	state	Sandford's Reports (3-7 New York Superior)		
Sar.Ch.Sen.	Sarat. Ch. Sent.	state	Saratoga Chancery Sentinel	1841	1847
Sarat Ch Sent	Sarat. Ch. Sent.	state	Saratoga Chancery Sentinel	1841	1847
Sarat. Ch. Sent.	Sarat. Ch. Sent.	state	Saratoga Chancery Sentinel	1841	1847
Saw.	Sawy.	federal	Sawyer's U.S. Circuit Court Reports		
Sawy	Sawy.	federal	Sawyer's U.S. Circuit Court Reports		
Sawy.	Sawy.	federal	Sawyer's U.S. Circuit Court Reports		
Sawyer Circt.	Sawy.	federal	Sawyer's U.S. Circuit Court Reports		
Sawyer U.S. Ct. Rep.	Sawy.	federal	Sawyer's U.S. Circuit Court Reports		
Sc.	Scam.	state	Illinois Reports, Scammon	1832	1843
Scam	Scam.	state	Illinois Reports, Scammon	1832	1843
Scam.	Scam.	state	Illinois Reports, Scammon	1832	1843
Scam. Rep.	Scam.	state	Illinois Reports, Scammon	1832	1843
Sch Reg	Sch. Reg.	state	Schuylkill Register (Pa.)	1770	
Sch. Reg.	Sch. Reg.	state	Schuylkill Register (Pa.)	1770	
Schuy. Reg.	Sch. Reg.	state	Schuylkill Register (Pa.)	1770	
Sec & Fed Corp L Rep (West)	Sec. & Fed. Corp. L. Rep. (West)	specialty	Securities and Federal Corporate Law Report		
Sec Reg & L Rep (BNA)	Sec. Reg. & L. Rep. (BNA)	specialty	Securities Regulation & Law Report		
Sec. & Fed. Corp. L. Rep. (West)	Sec. & Fed. Corp. L. Rep. (West)	specialty	Securities and Federal Corporate Law Report		
Sec. Reg. & L. Rep. (BNA)	Sec. Reg. & L. Rep. (BNA)	specialty	Securities Regulation & Law Report		
Secured Transactions Guide (CCH)	Secured Transactions Guide (CCH)	specialty	Secured Transactions Guide		
Seld Notes	Seld. Notes	state	Selden's Notes of Cases	1852	1854
Seld. Notes	Seld. Notes	state	Selden's Notes of Cases	1852	1854
Serg & Rawle	Serg. & Rawle	state	Pennsylvania State Reports, Sergeant and Rawle	1814	1828
Serg. & Rawl.	Serg. & Rawle	state	Pennsylvania State Reports, Sergeant and Rawle	1814	1828
Serg. & Rawle	Serg. & Rawle	state	Pennsylvania State Reports, Sergeant and Rawle	1814	1828
Serg.& R.	Serg. & Rawle	state	Pennsylvania State Reports, Sergeant and Rawle	1814	1828
Serg.& Raw.	Serg. & Rawle	state	Pennsylvania State Reports, Sergeant and Rawle	1814	1828
Serg.& Rawl.	Serg. & Rawle	state	Pennsylvania State Reports, Sergeant and Rawle	1814	1828
Shan	Shan.	state	Shannon's Unreported Cases (Tenn.)		
Shan Cas	Shan. Cas.	state	Shannon's Tennessee Cases		
Shan.	Shan.	state	Shannon's Unreported Cases (Tenn.)		
Shan. Cas.	Shan. Cas.	state	Shannon's Tennessee Cases		
Shipping Reg (P & F)	Shipping Reg. (P & F)	specialty	Shipping Regulation		
Shipping Reg. (P & F)	Shipping Reg. (P & F)	specialty	Shipping Regulation		
Sick.	Sickels	state	Sickels' Reports		
Sickels	Sickels	state	Sickels' Reports		
Sil (Sup Ct)	Sil. (Sup. Ct.)	state	Silvernail's Supreme Court Reports (N.Y.)		
Sil. (Sup. Ct.)	Sil. (Sup. Ct.)	state	Silvernail's Supreme Court Reports (N.Y.)		
Silv Ct App	Silv. Ct. App.	state	Silvernail's Court of Appeals Reports	1886	1892
Silv Sup	Silv. Sup.	state	Silvernail's Supreme Court Reports	1884	1890
Silv. Ct. App.	Silv. Ct. App.	state	Silvernail's Court of Appeals Reports	1886	1892
Silv. Sup.	Silv. Sup.	state	Silvernail's Supreme Court Reports	1884	1890
Silvernail	Sil. (Sup. Ct.)	state	Silvernail's Supreme Court Reports (N.Y.)		
Sm.& M.	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
Smed.& M.	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
Smedes & M.	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
Smedes & M.(Miss.)	S. & M.	state	Mississippi Reports, Smedes and Marshall	1843	1850
Smith	Smith & H.	state	Smith & Heiskell (Tenn.)		
Smith & H	Smith & H.	state	Smith & Heiskell (Tenn.)		
Smith & H.	Smith & H.	state	Smith & Heiskell (Tenn.)		
Smith (N H)	Smith (N. H.)	state	Decisions of the Superior and Supreme Courts of New Hampshire	1796	1815
Smith (N. H.)	Smith (N. H.)	state	Decisions of the Superior and Supreme Courts of New Hampshire	1796	1815
Smith (N.H.)	Smith (N. H.)	state	Decisions of the Superior and Supreme Courts of New Hampshire	1796	1815
Smith (TN)	Smith & H.	state	Smith & Heiskell (Tenn.)		
Smith (Tenn.)	Smith & H.	state	Smith & Heiskell (Tenn.)		
Smith's (E.H.) Reports	E.H. Smith	state	E.H. Smiths Reports		
Smith's N. H. Reports	Smith (N. H.)	state	Decisions of the Superior and Supreme Courts of New Hampshire	1796	1815
Smiths E.H.	E.H. Smith	state	E.H. Smiths Reports		
Sneed	Sneed	state	Kentucky Reports, Sneed	1801	1805
Sneed	Sneed	state	Tennessee Reports, Sneed	1853	1858
Sneed (Ky)	Sneed	state	Kentucky Reports, Sneed	1801	1805
Sneed Dec.	Sneed	state	Kentucky Reports, Sneed	1801	1805
So (2nd)	So. 2d	state_regional	Southern Reporter	1941	2008
So 2d	So. 2d	state_regional	Southern Reporter	1941	2008
So 3d	So. 3d	state_regional	Southern Reporter	2008	
So,	So.	state_regional	Southern Reporter	1886	1941
So, (2nd)	So. 2d	state_regional	Southern Reporter	1941	2008
So.	So.	state_regional	Southern Reporter	1886	1941
So. (2d Series)	So. 2d	state_regional	Southern Reporter	1941	2008
So. (2d)	So. 2d	state_regional	Southern Reporter	1941	2008
So. (2nd Series)	So. 2d	state_regional	Southern Reporter	1941	2008
So. (2nd)	So. 2d	state_regional	Southern Reporter	1941	2008
So. 2d	So. 2d	state_regional	Southern Reporter	1941	2008
So. 2d.	So. 2d	state_regional	Southern Reporter	1941	2008
So. 2nd	So. 2d	state_regional	Southern Reporter	1941	2008
So. 3d	So. 3d	state_regional	Southern Reporter	2008	
So. Rep.	So.	state_regional	Southern Reporter	1886	1941
So. Rep. 2d	So. 2d	state_regional	Southern Reporter	1941	2008
So. Rep. 3d	So. 3d	state_regional	Southern Reporter	2008	
So. Reporter	So.	state_regional	Southern Reporter	1886	1941
So. Reporter,	So.	state_regional	Southern Reporter	1886	1941
So.2d	So. 2d	state_regional	Southern Reporter	1941	2008
So.3d	So. 3d	state_regional	Southern Reporter	2008	
So.C.	S.C.	state	South Carolina Reports	1868	
So.Car.	S.C.	state	South Carolina Reports	1868	
Soc Sec Rep (CCH)	Soc. Sec. Rep. (CCH)	specialty	Social Security Reporter		
Soc. Sec. Rep. (CCH)	Soc. Sec. Rep. (CCH)	specialty	Social Security Reporter		
Som LJ	Som. L.J.	state	Somerset Legal Journal (Pa.)		
Som.	Som. L.J.	state	Somerset Legal Journal (Pa.)		
Som. L.J.	Som. L.J.	state	Somerset Legal Journal (Pa.)		
Som. Leg. J. (Pa.)	Som. L.J.	state	Somerset Legal Journal (Pa.)		
Som.L.J.	Som. L.J.	state	Somerset Legal Journal (Pa.)		
Somerset L.J.	Som. L.J.	state	Somerset Legal Journal (Pa.)		
SomersetL.J.	Som. L.J.	state	Somerset Legal Journal (Pa.)		
Sou.	So.	state_regional	Southern Reporter	1886	1941
Sou. (2nd)	So. 2d	state_regional	Southern Reporter	1941	2008
Sou. Rep.	So.	state_regional	Southern Reporter	1886	1941
South	So.	state_regional	Southern Reporter	1886	1941
South Car.	S.C.	state	South Carolina Reports	1868	
South.	So.	state_regional	Southern Reporter	1886	1941
South. Rep.	So.	state_regional	Southern Reporter	1886	1941
South.2d	So. 2d	state_regional	Southern Reporter	1941	2008
South.3d	So. 3d	state_regional	Southern Reporter	2008	
Sp.	Speers	state	South Carolina Reports, Speers	1842	1844
Sp.	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Sp.Ch.	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Spear Ch.	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Spear Eq.	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Spears	Speers	state	South Carolina Reports, Speers	1842	1844
Spears	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Spears Eq.	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Speers	Speers	state	South Carolina Reports, Speers	1842	1844
Speers	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Speers Eq	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Speers Eq.	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Speers Eq.(S.C.)	Speers Eq.	state	South Carolina Reports, Speers' Equity	1842	1844
Speers L.(S.C.)	Speers	state	South Carolina Reports, Speers	1842	1844
Spr.	Sprague	specialty	Sprague's United States (US) District Ct. (Admiralty) Decisions		
Sprague	Sprague	specialty	Sprague's United States (US) District Ct. (Admiralty) Decisions		
Sprague.	Sprague	specialty	Sprague's United States (US) District Ct. (Admiralty) Decisions		
St & Loc Tax Serv (RIA)	St. & Loc. Tax Serv. (RIA)	specialty	State and Local Tax Service		
St Tax Guide (CCH)	St. Tax Guide (CCH)	specialty	State Tax Guide		
St Tax Rep (CCH)	St. Tax Rep. (CCH)	specialty	State Tax Reporter		
St. & Loc. Tax Serv. (RIA)	St. & Loc. Tax Serv. (RIA)	specialty	State and Local Tax Service		
St. Rep.	N.Y. St. Rep.	state	New York State Reporter		
St. Rep.	State Rptr.	state	State Reporter	1945	
St. Tax Guide (CCH)	St. Tax Guide (CCH)	specialty	State Tax Guide		
St. Tax Rep. (CCH)	St. Tax Rep. (CCH)	specialty	State Tax Reporter		
St.Rep.	N.Y. St. Rep.	state	New York State Reporter		
St.Rep.	State Rptr.	state	State Reporter	1945	
Stand Fed Tax Rep (CCH)	Stand. Fed. Tax Rep. (CCH)	specialty	Standard Federal Tax Reports		
Stand. Fed. Tax Rep. (CCH)	Stand. Fed. Tax Rep. (CCH)	specialty	Standard Federal Tax Reports		
State Reptr.	Mont.	state	Montana Reports	1868	
State Rptr	State Rptr.	state	State Reporter	1945	
State Rptr.	State Rptr.	state	State Reporter	1945	
Stew	Stew.	state	Alabama Reports, Stewart	1827	1831
Stew & P	Stew. & P.	state	Alabama Reports, Stewart and Porter	1831	1834
Stew.	Stew.	state	Alabama Reports, Stewart	1827	1831
Stew. & P.	Stew. & P.	state	Alabama Reports, Stewart and Porter	1831	1834
Stew. Rep.	Stew.	state	Alabama Reports, Stewart	1827	1831
Stewart	Stew.	state	Alabama Reports, Stewart	1827	1831
Sto.	Storey	state	Storey's Reports (Del.)		
Sto. Rep.	Storey	state	Storey's Reports (Del.)		
Stock	Stock.	state	Stockton's New Jersey Equity Reports		
Stock.	Stock.	state	Stockton's New Jersey Equity Reports		
Storey	Storey	state	Storey's Reports (Del.)		
Story	Story	federal	Story's United States Circuit Court Reports		
Story Rep.	Story	federal	Story's United States Circuit Court Reports		
Story.	Story	federal	Story's United States Circuit Court Reports		
Strob	Strob.	state	South Carolina Reports, Strobhart	1846	1850
Strob Eq	Strob. Eq.	state	South Carolina Reports, Strobhart's Equity	1846	1850
Strob.	Strob.	state	South Carolina Reports, Strobhart	1846	1850
Strob. Eq.	Strob. Eq.	state	South Carolina Reports, Strobhart's Equity	1846	1850
Strob.Eq.(S.C.)	Strob. Eq.	state	South Carolina Reports, Strobhart's Equity	1846	1850
Strobh.L.(S.C.)	Strob.	state	South Carolina Reports, Strobhart	1846	1850
Sum.	Sumn.	federal	Sumner's United States (US) Circuit Court Reports		
Sumn	Sumn.	federal	Sumner's United States (US) Circuit Court Reports		
Sumn.	Sumn.	federal	Sumner's United States (US) Circuit Court Reports		
Sumn. Rep.	Sumn.	federal	Sumner's United States (US) Circuit Court Reports		
Sup.Ct.	S. Ct.	federal	West's Supreme Court Reporter	1882	
Sup.Ct.Rep.	S. Ct.	federal	West's Supreme Court Reporter	1882	
Super Ct (RI)	Super. Ct. (R.I.)	state	Rhode Island Superior Court		
Super Ct Jud	Super. Ct. Jud.	state	Reports of cases argued and adjudged in the Superior Court of Judicature of the Province of Massachusetts Bay, between 1761 and 1772	1761	1776
Super. Ct. (R.I.)	Super. Ct. (R.I.)	state	Rhode Island Superior Court		
Super. Ct. Jud.	Super. Ct. Jud.	state	Reports of cases argued and adjudged in the Superior Court of Judicature of the Province of Massachusetts Bay, between 1761 and 1772	1761	1776
Supp. Tex.	Tex.	state	Texas Reports	1846	1962
Suppl. Ga.	Ga.	state	Georgia Reports	1846	
Supr.Ct.Rep.	S. Ct.	federal	West's Supreme Court Reporter	1882	
Swan	Swan	state	Tennessee Reports, Swan	1851	1853
Sweeney Super. Ct. Rep.	Sweeny	state	Sweeny's Reports (31-32 New York Superior)		
Sweeny	Sweeny	state	Sweeny's Reports (31-32 New York Superior)		
Syllabi	Syllabi	state	Syllabi	1876	1879
T. C.	T.C.	specialty	Reports of the United States Tax Court	1942	
T. C. Memo.	T.C. Memo.	neutral	Tax Court Memorandum Opinions	1942	
T. C. No.	T.C. No.	neutral	Tax Court Opinions	1942	
T. C. Summary Opinion	T.C. Summary Opinion	neutral	Tax Court Summary Opinions	1942	
T.B. Mon.	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
T.B.Mon.(Ky.)	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
T.C.	T.C.	specialty	Reports of the United States Tax Court	1942	
T.C. Memo	T.C. Memo.	neutral	Tax Court Memorandum Opinions	1942	
T.C. Memo.	T.C. Memo.	neutral	Tax Court Memorandum Opinions	1942	
T.C. No.	T.C. No.	neutral	Tax Court Opinions	1942	
T.C. Summary Opinion	T.C. Summary Opinion	neutral	Tax Court Summary Opinions	1942	
T.C. at	T.C.	specialty	Reports of the United States Tax Court	1942	
T.C.A.	T.C.A.	state	Decisiones del Tribunal de Circuito de Apelaciones de Puerto Rico (Decisions of the Circuit Court of Appeals of Puerto Rico)	1995	
T.C.M.	T.C.M.	specialty	Tax Court Memorandum Decisions	1942	
T.C.M. (CCH)	T.C.M.	specialty	Tax Court Memorandum Decisions	1942	
T.C.M. (P-H)	T.C.M.	specialty	Tax Court Memorandum Decisions	1942	
T.C.M. (RIA)	T.C.M.	specialty	Tax Court Memorandum Decisions	1942	
T.C.M. (RIA)	T.C.M. (RIA)	specialty	RIA Federal Tax Handbook	1924	
T.Ct	T.C.	specialty	Reports of the United States Tax Court	1942	
T.Ct.	T.C.	specialty	Reports of the United States Tax Court	1942	
TB Mon	T.B. Mon.	state	Kentucky Reports, Monroe, T.B.	1824	1828
TC	T.C.	specialty	Reports of the United States Tax Court	1942	
TC Memo	T.C. Memo.	neutral	Tax Court Memorandum Opinions	1942	
TC No	T.C. No.	neutral	Tax Court Opinions	1942	
TC Summary Opinion	T.C. Summary Opinion	neutral	Tax Court Summary Opinions	1942	
TCA	T.C.A.	state	Decisiones del Tribunal de Circuito de Apelaciones de Puerto Rico (Decisions of the Circuit Court of Appeals of Puerto Rico)	1995	
TCM	T.C.M.	specialty	Tax Court Memorandum Decisions	1942	
TCM (RIA)	T.C.M. (RIA)	specialty	RIA Federal Tax Handbook	1924	
TN WC	TN WC	neutral	Tennessee Court of Workers' Compensation Claims	2014	
TN WC App	TN WC App.	neutral	Tennessee Workers' Compensation Appeals Board	2014	
TN WC App.	TN WC App.	neutral	Tennessee Workers' Compensation Appeals Board	2014	
TNT	TNT	specialty	Tax Notes Today		
TSPR	TSPR	state	Tribunal Supremo de Puerto Rico		
Taney	Taney	federal	Taney's United States (US) Circuit Court Reports	1836	1861
Taney.	Taney	federal	Taney's United States (US) Circuit Court Reports	1836	1861
Tapp Rep	Tapp. Rep.	state	Cases decided in the Courts of common pleas, in the Fifth circuit of the state of Ohio [1816-1819] (Tappan)	1816	1819
Tapp. Rep.	Tapp. Rep.	state	Cases decided in the Courts of common pleas, in the Fifth circuit of the state of Ohio [1816-1819] (Tappan)	1816	1819
Tax Ct Mem Dec (CCH)	Tax Ct. Mem. Dec. (CCH)	specialty	Tax Court Memorandum Decisions	1900	
Tax Ct Memo LEXIS	Tax Ct. Memo LEXIS	specialty_lexis	Lexis Tax Court Memorandum Decisions	1924	
Tax Ct Rep (CCH)	Tax Ct. Rep. (CCH)	specialty	Tax Court Reports		
Tax Ct Rep Dec (RIA)	Tax Ct. Rep. Dec. (RIA)	specialty	Tax Court Reported Decisions		
Tax Ct Summary LEXIS	Tax Ct. Summary LEXIS	specialty_lexis	Lexis Tax Court Summary Decisions	1924	
Tax Ct. Mem. Dec. (CCH)	Tax Ct. Mem. Dec. (CCH)	specialty	Tax Court Memorandum Decisions	1900	
Tax Ct. Memo LEXIS	Tax Ct. Memo LEXIS	specialty_lexis	Lexis Tax Court Memorandum Decisions	1924	
Tax Ct. Rep. (CCH)	Tax Ct. Rep. (CCH)	specialty	Tax Court Reports		
Tax Ct. Rep. Dec. (RIA)	Tax Ct. Rep. Dec. (RIA)	specialty	Tax Court Reported Decisions		
Tax Ct. Summary LEXIS	Tax Ct. Summary LEXIS	specialty_lexis	Lexis Tax Court Summary Decisions	1924	
Tax Treaties (CCH)	Tax Treaties (CCH)	specialty	Tax Treaties		
Tay	Tay.	state	North Carolina Reports, Taylor	1798	1802
Tay.	Tay.	state	North Carolina Reports, Taylor	1798	1802
Tay.J.L.	Tay.	state	North Carolina Reports, Taylor	1798	1802
Tay.N.C.	Tay.	state	North Carolina Reports, Taylor	1798	1802
Tayl.N.C.	Tay.	state	North Carolina Reports, Taylor	1798	1802
Taylor	Tay.	state	North Carolina Reports, Taylor	1798	1802
Taylor	Taylor	state	Taylor's North Carolina Term Reports	1816	1818
Teiss	Teiss.	state	Louisiana Court of Appeals Reports, Teissier	1903	1917
Teiss.	Teiss.	state	Louisiana Court of Appeals Reports, Teissier	1903	1917
Teissier	Teiss.	state	Louisiana Court of Appeals Reports, Teissier	1903	1917
Ten.	Tenn.	state	Tennessee Reports	1870	1971
Ten. Rep.	Tenn.	state	Tennessee Reports	1870	1971
Tenn	Tenn.	state	Tennessee Reports	1870	1971
Tenn App	Tenn. App.	state	Tennessee Appeals Reports	1925	1971
Tenn App LEXIS	Tenn. App. LEXIS	state	LexisNexis Tennessee Appeals Court		
Tenn Ch App	Tenn. Ch. App.	state	Tennessee Chancery Appeals (Wright)		
Tenn Ch App LEXIS	Tenn. Ch. App. LEXIS	state	LexisNexis Tennessee Chancery Appeals Court		
Tenn Ch R	Tenn. Ch. R.	state	Tennessee Chancery Reports, Cooper (Tenn.)		
Tenn Crim App	Tenn. Crim. App.	state	Tennessee Criminal Appeals Reports	1967	1971
Tenn Crim App LEXIS	Tenn. Crim. App. LEXIS	state	LexisNexis Tennessee Criminal Appeals Court		
Tenn LEXIS	Tenn. LEXIS	state	LexisNexis Supreme Court of Tennessee		
Tenn Leg Rep	Tenn. Leg. Rep.	state	Tennessee Legal Reporter	1877	1879
Tenn.	Tenn.	state	Tennessee Reports	1870	1971
Tenn. (Cooke)	Cooke	state	Tennessee Reports, Cooke	1811	1814
Tenn. App.	Tenn. App.	state	Tennessee Appeals Reports	1925	1971
Tenn. App. LEXIS	Tenn. App. LEXIS	state	LexisNexis Tennessee Appeals Court		
Tenn. Cas.	Shan. Cas.	state	Shannon's Tennessee Cases		
Tenn. Ch. App.	Tenn. Ch. App.	state	Tennessee Chancery Appeals (Wright)		
Tenn. Ch. App. LEXIS	Tenn. Ch. App. LEXIS	state	LexisNexis Tennessee Chancery Appeals Court		
Tenn. Ch. R.	Tenn. Ch. R.	state	Tennessee Chancery Reports, Cooper (Tenn.)		
Tenn. Chancery	Tenn. Ch. R.	state	Tennessee Chancery Reports, Cooper (Tenn.)		
Tenn. Chancery App.	Tenn. Ch. App.	state	Tennessee Chancery Appeals (Wright)		
Tenn. Crim. App.	Tenn. Crim. App.	state	Tennessee Criminal Appeals Reports	1967	1971
Tenn. Crim. App. LEXIS	Tenn. Crim. App. LEXIS	state	LexisNexis Tennessee Criminal Appeals Court		
Tenn. LEXIS	Tenn. LEXIS	state	LexisNexis Supreme Court of Tennessee		
Tenn. Leg. Rep.	Tenn. Leg. Rep.	state	Tennessee Legal Reporter	1877	1879
Tenn. Rep.	Tenn.	state	Tennessee Reports	1870	1971
Tenn.(Cold.)	Cold.	state	Tennessee Reports, Coldwell	1860	1870
Tenn.(Cooke)	Cooke	state	Tennessee Reports, Cooke	1811	1814
Tenn.(Hayw.)	Hayw.	state	Tennessee Reports, Haywood	1816	1818
Tenn.(Head)	Head	state	Tennessee Reports, Head	1858	1860
Tenn.(Heisk.)	Heisk.	state	Tennessee Reports, Heiskell	1870	1879
Tenn.(Hum.)	Hum.	state	Tennessee Reports, Humphreys	1839	1851
Tenn.(Meigs)	Meigs	state	Tennessee Reports, Meigs	1838	1839
Tenn.(Overt.)	Overt.	state	Tennessee Reports, Overton	1791	1816
Tenn.(Peck)	Peck	state	Tennessee Reports, Peck	1821	1824
Tenn.(Sneed)	Sneed	state	Tennessee Reports, Sneed	1853	1858
Tenn.(Swan)	Swan	state	Tennessee Reports, Swan	1851	1853
Tenn.(Yer.)	Yer.	state	Tennessee Reports, Yerger	1828	1837
Tenn.App.	Tenn. App.	state	Tennessee Appeals Reports	1925	1971
Tenn.Cas.	Shan. Cas.	state	Shannon's Tennessee Cases		
Tenn.Crim.App.	Tenn. Crim. App.	state	Tennessee Criminal Appeals Reports	1967	1971
Ter.	Terry	state	Terry's Reports (Delaware)		
Ter. Rep.	Terry	state	Terry's Reports (Delaware)		
Terry	Terry	state	Terry's Reports (Delaware)		
Tex	Tex.	state	Texas Reports	1846	1962
Tex App LEXIS	Tex. App. LEXIS	state	LexisNexis Texas Appeals Court		
Tex Bus	Tex. Bus.	neutral	Texas Business Court	2024	
Tex Civ App	Tex. Civ. App.	state	Texas Civil Appeals Reports	1892	1911
Tex Crim	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex Crim App LEXIS	Tex. Crim. App. LEXIS	state	LexisNexis Texas Criminal Court of Appeals	1841	
Tex Crim App Unpub LEXIS	Tex. Crim. App. Unpub. LEXIS	state	LexisNexis Texas Court of Criminal Appeals Unpublished		
Tex Ct App	Tex. Ct. App.	state	Texas Court of Appeals Reports	1876	1891
Tex L R	Tex. L. R.	state	Texas Law Reporter	1844	1885
Tex LEXIS	Tex. LEXIS	state	LexisNexis Texas Supreme Court		
Tex Law J	Tex. Law J.	state	Texas Law Journal	1877	1882
Tex Sup Ct J	Tex. Sup. Ct. J.	state	Texas Supreme Court Journal	1957	
Tex.	Tex.	state	Texas Reports	1846	1962
Tex. App. LEXIS	Tex. App. LEXIS	state	LexisNexis Texas Appeals Court		
Tex. Bankr. Ct. Rep.	Tex.Bankr.Ct.Rep.	specialty	Texas Bankruptcy Court Report		
Tex. Bus.	Tex. Bus.	neutral	Texas Business Court	2024	
Tex. Bus. Ct.	Tex. Bus.	neutral	Texas Business Court	2024	
Tex. Civ. App.	Tex. Civ. App.	state	Texas Civil Appeals Reports	1892	1911
Tex. Cr. R.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex. Crim.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex. Crim. App. LEXIS	Tex. Crim. App. LEXIS	state	LexisNexis Texas Criminal Court of Appeals	1841	
Tex. Crim. App. Unpub. LEXIS	Tex. Crim. App. Unpub. LEXIS	state	LexisNexis Texas Court of Criminal Appeals Unpublished		
Tex. Ct. App.	Tex. Ct. App.	state	Texas Court of Appeals Reports	1876	1891
Tex. L. R.	Tex. L. R.	state	Texas Law Reporter	1844	1885
Tex. LEXIS	Tex. LEXIS	state	LexisNexis Texas Supreme Court		
Tex. Law J.	Tex. Law J.	state	Texas Law Journal	1877	1882
Tex. Rep.	Tex.	state	Texas Reports	1846	1962
Tex. Sup. Ct. J.	Tex. Sup. Ct. J.	state	Texas Supreme Court Journal	1957	
Tex. Sup. J.	Tex. Sup. Ct. J.	state	Texas Supreme Court Journal	1957	
Tex. Unrep. Cas.	Posey	state	Posey's Unreported Cases (Tex.)		
Tex.A.Civ.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Tex.A.Civ.Cas.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Tex.App.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Tex.Bankr.Ct.Rep.	Tex.Bankr.Ct.Rep.	specialty	Texas Bankruptcy Court Report		
Tex.C.C.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Tex.Civ.App.	Tex. Civ. App.	state	Texas Civil Appeals Reports	1892	1911
Tex.Civ.Cas.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Tex.Cr.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex.Cr.App.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex.Cr.R.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex.Crim.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex.Crim.Rep.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Tex.Ct.App.Dec.Civ.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Tex.Ct.App.R.	Tex. Ct. App.	state	Texas Court of Appeals Reports	1876	1891
Tex.S.Ct.	Tex.	state	Texas Reports	1846	1962
TexBankrCtRep	Tex.Bankr.Ct.Rep.	specialty	Texas Bankruptcy Court Report		
Texas	Tex.	state	Texas Reports	1846	1962
Texas Cr. Rep.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Texas Crim. Rep.	Tex. Crim.	state	Texas Criminal Reports	1891	1962
Texas Rep.	Tex.	state	Texas Reports	1846	1962
Thomp & Cook	Thomp. & Cook	state	Thompson & Cook's Supreme Court Reports	1873	1875
Thomp. & Cook	Thomp. & Cook	state	Thompson & Cook's Supreme Court Reports	1873	1875
Thomp. Cas.	Thompson	state	Thompson's Unreported Cases (TN)		
Thompson	Thompson	state	Thompson's Unreported Cases (TN)		
Tiess	Tiess.	state	Decisions, Court of Appeal, parish of Orleans (Teissier)		
Tiess.	Tiess.	state	Decisions, Court of Appeal, parish of Orleans (Teissier)		
Tiff	Tiffany	state	Tiffany's Reports (28-39 New York Court of Appeals)		
Tiff.	Tiffany	state	Tiffany's Reports (28-39 New York Court of Appeals)		
Tiffany	Tiffany	state	Tiffany's Reports (28-39 New York Court of Appeals)		
Trade Cas (CCH)	Trade Cas. (CCH)	specialty	Trade Cases	1914	
Trade Cas.	Trade Cas. (CCH)	specialty	Trade Cases	1914	
Trade Cas. (CCH)	Trade Cas. (CCH)	specialty	Trade Cases	1914	
Trade Cases	Trade Cas. (CCH)	specialty	Trade Cases	1914	
Trade Reg Rep (CCH)	Trade Reg. Rep. (CCH)	specialty	CCH Trade Regulations Reporter	1914	
Trade Reg. Rep. (CCH)	Trade Reg. Rep. (CCH)	specialty	CCH Trade Regulations Reporter	1914	
Trans App	Trans. App.	state	Transcript Appeals	1867	1868
Trans. App.	Trans. App.	state	Transcript Appeals	1867	1868
Tread	Tread.	state	Treadway's South Carolina Constitutional Reports		
Tread	Tread.	state	Treadway's South Carolina Law Reports (1812-16)	1812	1816
Tread.	Tread.	state	Treadway's South Carolina Constitutional Reports		
Tread.	Tread.	state	Treadway's South Carolina Law Reports (1812-16)	1812	1816
Tread. Const.	Tread.	state	Treadway's South Carolina Constitutional Reports		
Treadway Const. (S.C.)	Tread.	state	Treadway's South Carolina Constitutional Reports		
Treas Dec	Treas. Dec.	specialty	Treasury Decisions Under Customs and Other Laws (U.S.)		
Treas Dec Int Rev	Treas. Dec. Int. Rev.	federal	Treasury Decisions Under Internal Revenue Laws		
Treas. Dec.	Treas. Dec.	specialty	Treasury Decisions Under Customs and Other Laws (U.S.)		
Treas. Dec. Int. Rev.	Treas. Dec. Int. Rev.	federal	Treasury Decisions Under Internal Revenue Laws		
Tribal	Am. Tribal Law	state	West's American Tribal Law Reporter	1997	
Tuck & Cl	Tuck. & Cl.	state	District of Columbia Reports, Tucker and Clephane	1892	1893
Tuck Surr	Tuck. Surr.	state	Tucker's Surrogate's Reports	1870	1870
Tuck.	Tuck. & Cl.	state	District of Columbia Reports, Tucker and Clephane	1892	1893
Tuck. & Cl.	Tuck. & Cl.	state	District of Columbia Reports, Tucker and Clephane	1892	1893
Tuck. Surr.	Tuck. Surr.	state	Tucker's Surrogate's Reports	1870	1870
Tuck.& C.	Tuck. & Cl.	state	District of Columbia Reports, Tucker and Clephane	1892	1893
Tyl	Tyl.	state	Vermont Reports, Tyler	1800	1803
Tyl.	Tyl.	state	Vermont Reports, Tyler	1800	1803
Tyler	Tyl.	state	Vermont Reports, Tyler	1800	1803
Tyng	Tyng	state	Massachusetts Reports, Tyng	1806	1822
U S Law J	U. S. Law J.	federal	United States Law Journal and Civilians' Magazine		
U. S.	U.S.	federal	United States Supreme Court Reports	1875	
U. S. Law Int.	U.S. Law Int.	federal	United States Law Intelligencer and Review (Providence and Philadelphia)		
U. S. Law J.	U. S. Law J.	federal	United States Law Journal and Civilians' Magazine		
U. S. R.	U.S.	federal	United States Supreme Court Reports	1875	
U. S. Rep.	U.S.	federal	United States Supreme Court Reports	1875	
U.C.C. Rep. Serv.	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
U.C.C. Rep. Serv. (Callaghan)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
U.C.C. Rep. Serv. (West)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
U.C.C. Rep. Serv. 2d	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep. Serv. 2d (Callaghan)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep. Serv. 2d (West)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep. Serv.2d	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep. Serv.2d (Callaghan)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep. Serv.2d (West)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep.Serv.	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
U.C.C. Rep.Serv. (Callaghan)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
U.C.C. Rep.Serv. (West)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
U.C.C. Rep.Serv.2d	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep.Serv.2d (Callaghan)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.C.C. Rep.Serv.2d (West)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
U.S.	U.S.	federal	United States Supreme Court Reports	1875	
U.S. (Apx.)	U.S. (Apx.)	federal	United States (US) Reports Appendix		
U.S. App. D.C.	U.S. App. D.C.	state	United States Court of Appeals Reports	1941	
U.S. App. LEXIS	U.S. App. LEXIS	specialty_lexis	LexisNexis U.S. Appeals Citation		
U.S. App. Vet. Claims LEXIS	U.S. Vet. App. LEXIS	specialty	LexisNexis United States Board of Veteran Appeals	1990	
U.S. Appx.	U.S. (Apx.)	federal	United States (US) Reports Appendix		
U.S. CMCR LEXIS	U.S. CMCR LEXIS	specialty	LexisNexis United States Court of Military Commission Review		
U.S. Cl. Ct. LEXIS	U.S. Claims LEXIS	specialty	LexisNexis United States Claims Court	1982	
U.S. Claims LEXIS	U.S. Claims LEXIS	specialty	LexisNexis United States Claims Court	1982	
U.S. Commerce Ct. LEXIS	U.S. Commerce Ct. LEXIS	specialty	LexisNexis United States Commerce Court	1910	1913
U.S. Ct. Cl. LEXIS	U.S. Ct. Cl. LEXIS	specialty	LexisNexis United States Court of Claims	1856	
U.S. Dist. LEXIS	U.S. Dist. LEXIS	specialty_lexis	LexisNexis U.S. District Court Citation		
U.S. LEXIS	U.S. LEXIS	specialty_lexis	Lexis SCOTUS Citation		
U.S. Law Int.	U.S. Law Int.	federal	United States Law Intelligencer and Review (Providence and Philadelphia)		
U.S. Tax Cas. (CCH)	U.S. Tax Cas. (CCH)	specialty	United States (US) Tax Cases (CCH)	1900	
U.S. Tax Ct. LEXIS	U.S. Tax Ct. LEXIS	specialty_lexis	United States (US) Tax Cases Lexis	1924	
U.S. Tax Rep. (RIA)	U.S. Tax Rep. (RIA)	specialty	U.S. Tax Reporter		
U.S. Vet. App. LEXIS	U.S. Vet. App. LEXIS	specialty	LexisNexis United States Board of Veteran Appeals	1990	
U.S.App.D.C.	U.S. App. D.C.	state	United States Court of Appeals Reports	1941	
U.S.C.M.A.	USCMA	specialty	Official Reports, United States Court of Military Appeals		
U.S.L.Ed.	L. Ed.	federal	Lawyer's Edition	1790	1956
U.S.L.Ed.2d	L. Ed. 2d	federal	Lawyer's Edition	1956	
U.S.L.W.	U.S.L.W.	specialty	United States Law Week	1933	
U.S.L.W. (BNA)	U.S.L.W. (BNA)	specialty	The United States Law Week		
U.S.Law.Ed.	L. Ed.	federal	Lawyer's Edition	1790	1956
U.S.P.Q.	U.S.P.Q. (BNA)	specialty	The United States Patents Quarterly	1913	1987
U.S.P.Q. (BNA)	U.S.P.Q. (BNA)	specialty	The United States Patents Quarterly	1913	1987
U.S.P.Q. 2d (BNA)	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.P.Q. 2d [BNA]	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.P.Q. [BNA]	U.S.P.Q. (BNA)	specialty	The United States Patents Quarterly	1913	1987
U.S.P.Q.2D (BNA)	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.P.Q.2D [BNA]	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.P.Q.2d	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.P.Q.2d (BNA)	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.P.Q.2d [BNA]	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
U.S.R.	U.S.	federal	United States Supreme Court Reports	1875	
U.S.S.C.Rep.	U.S.	federal	United States Supreme Court Reports	1875	
UCC Rep Serv (West)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
UCC Rep Serv 2d (West)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep. Serv.	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
UCC Rep. Serv. 2d	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep. Serv.2d	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep. Serv.2d (Callaghan)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep. Serv.2d (West)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep.Serv.	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
UCC Rep.Serv. (Callaghan)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
UCC Rep.Serv. (West)	U.C.C. Rep. Serv. (West)	specialty	Uniform Commercial Code Reporting Service		1986
UCC Rep.Serv.2d	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep.Serv.2d (Callaghan)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UCC Rep.Serv.2d (West)	U.C.C. Rep. Serv. 2d (West)	specialty	Uniform Commercial Code Reporting Service	1986	
UNITED STATES TAX COURT REPORT	T.C.	specialty	Reports of the United States Tax Court	1942	
UNITED STATES TAX COURT REPORTS	T.C.	specialty	Reports of the United States Tax Court	1942	
US	U.S.	federal	United States Supreme Court Reports	1875	
US (Apx)	U.S. (Apx.)	federal	United States (US) Reports Appendix		
US App DC	U.S. App. D.C.	state	United States Court of Appeals Reports	1941	
US App LEXIS	U.S. App. LEXIS	specialty_lexis	LexisNexis U.S. Appeals Citation		
US CMCR LEXIS	U.S. CMCR LEXIS	specialty	LexisNexis United States Court of Military Commission Review		
US Claims LEXIS	U.S. Claims LEXIS	specialty	LexisNexis United States Claims Court	1982	
US Commerce Ct LEXIS	U.S. Commerce Ct. LEXIS	specialty	LexisNexis United States Commerce Court	1910	1913
US Ct Cl LEXIS	U.S. Ct. Cl. LEXIS	specialty	LexisNexis United States Court of Claims	1856	
US Dist LEXIS	U.S. Dist. LEXIS	specialty_lexis	LexisNexis U.S. District Court Citation		
US LEXIS	U.S. LEXIS	specialty_lexis	Lexis SCOTUS Citation		
US Law Int	U.S. Law Int.	federal	United States Law Intelligencer and Review (Providence and Philadelphia)		
US Tax Cas (CCH)	U.S. Tax Cas. (CCH)	specialty	United States (US) Tax Cases (CCH)	1900	
US Tax Ct LEXIS	U.S. Tax Ct. LEXIS	specialty_lexis	United States (US) Tax Cases Lexis	1924	
US Tax Rep (RIA)	U.S. Tax Rep. (RIA)	specialty	U.S. Tax Reporter		
US Vet App LEXIS	U.S. Vet. App. LEXIS	specialty	LexisNexis United States Board of Veteran Appeals	1990	
USCMA	USCMA	specialty	Official Reports, United States Court of Military Appeals		
USLW	U.S.L.W.	specialty	United States Law Week	1933	
USLW (BNA)	U.S.L.W. (BNA)	specialty	The United States Law Week		
USPQ	U.S.P.Q. (BNA)	specialty	The United States Patents Quarterly	1913	1987
USPQ (BNA)	U.S.P.Q. (BNA)	specialty	The United States Patents Quarterly	1913	1987
USPQ 2d	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
USPQ 2d (BNA)	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
USPQ 2d [BNA]	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
USPQ [BNA]	U.S.P.Q. (BNA)	specialty	The United States Patents Quarterly	1913	1987
USPQ2d	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
USPQ2d (BNA)	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
USPQ2d [BNA]	U.S.P.Q. 2d (BNA)	specialty	The United States Patents Quarterly	1987	
USSCR	U.S.	federal	United States Supreme Court Reports	1875	
USTC	U.S. Tax Cas. (CCH)	specialty	United States (US) Tax Cases (CCH)	1900	
UT	UT	neutral	Utah Neutral Citation		
UT App	UT App	neutral	Utah Neutral Citation		
UT App.	UT App	neutral	Utah Neutral Citation		
UT Ct. App.	UT App	neutral	Utah Neutral Citation		
UTApp	UT App	neutral	Utah Neutral Citation		
Unempl. Ins. Rep. (CCH)	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
Unempl.Ins.Rep. (CCH)	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
Unemployment Ins Rep	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
Unemployment Ins. Rep.	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
Unemployment Ins. Rep. (CCH)	Unemployment Ins. Rep.	specialty	Unemployment Insurance Reports (CCH)		
Union Lab Rep (BNA)	Union Lab. Rep. (BNA)	specialty	Union Labor Report		
Union Lab. Rep. (BNA)	Union Lab. Rep. (BNA)	specialty	Union Labor Report		
Unrep. Tenn. Cas.	Thompson	state	Thompson's Unreported Cases (TN)		
Utah	Utah	state	Utah Reports	1851	1974
Utah 2d	Utah 2d	state	Utah Reports	1851	1974
Utah Adv Rep	Utah Adv. Rep.	state	Utah Advance Reports	1987	
Utah Adv. Rep.	Utah Adv. Rep.	state	Utah Advance Reports	1987	
Utah App	UT App	neutral	Utah Neutral Citation		
Utah App LEXIS	Utah App. LEXIS	state	LexisNexis Utah Appeals Court		
Utah App.	UT App	neutral	Utah Neutral Citation		
Utah App. LEXIS	Utah App. LEXIS	state	LexisNexis Utah Appeals Court		
Utah Ct. App.	UT App	neutral	Utah Neutral Citation		
Utah LEXIS	Utah LEXIS	state	LexisNexis Utah Supreme Court		
Util L Rep (CCH)	Util. L. Rep. (CCH)	specialty	Utilities Law Reports		
Util. L. Rep.	Util. L. Rep. (CCH)	specialty	Utilities Law Reports		
Util. L. Rep. (CCH)	Util. L. Rep. (CCH)	specialty	Utilities Law Reports		
V.	Va.	state	Virginia Reports	1880	
V.I.	V.I.	state	Virgin Islands Reports	1917	
V.I. LEXIS	V.I. LEXIS	state	LexisNexis Virgin Island Supreme Court		
V.I. Super	VI Super	neutral	Virgin Islands Superior Court Neutral Citation	2019	
V.I. Super.	VI Super	neutral	Virgin Islands Superior Court Neutral Citation	2019	
V.I. Supreme LEXIS	V.I. Supreme LEXIS	state	LexisNexis Virgin Islands Supreme Court		
V.R.	Vt.	state	Vermont Reports	1826	
VI	V.I.	state	Virgin Islands Reports	1917	
VI LEXIS	V.I. LEXIS	state	LexisNexis Virgin Island Supreme Court		
VI Super	VI Super	neutral	Virgin Islands Superior Court Neutral Citation	2019	
VI Super.	VI Super	neutral	Virgin Islands Superior Court Neutral Citation	2019	
VI Supreme LEXIS	V.I. Supreme LEXIS	state	LexisNexis Virgin Islands Supreme Court		
VT	VT	neutral	Vermont Neutral Citation		
Va	Va.	state	Virginia Reports	1880	
Va App	Va. App.	state	Virginia Court of Appeals Reports	1985	
Va App LEXIS	Va. App. LEXIS	state	LexisNexis Virginia Supreme Court		
Va Cas	Va. Cas.	state	Virginia Cases, Criminal	1789	1826
Va Ch Dec	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Va Cir	Va. Cir.	state	Virginia Circuit Court Opinions		
Va Cir LEXIS	Va. Cir. LEXIS	state	LexisNexis Virgina Circuit Court		
Va Col Dec	Va. Col. Dec.	specialty	Virginia Colonial Decisions (Randolph & Barrandall)	1600	
Va Dec	Va. Dec.	state	Virginia Decisions		
Va LEXIS	Va. LEXIS	state	LexisNexis Virginia Supreme Court		
Va Law J	Va. Law J.	state	Virginia Law Journal		
Va Law Rep	Va. Law Rep.	state	Virginia Law Reports		
Va Unpub LEXIS	Va. Unpub. LEXIS	state	LexisNexis Virginia Supreme Court Unpublished		
Va.	Va.	state	Virginia Reports	1880	
Va. (Patt. & Heath)	Patton & Heath	state	Patton, Jr., and Heath's Reports (Va.)		
Va. App.	Va. App.	state	Virginia Court of Appeals Reports	1985	
Va. App. LEXIS	Va. App. LEXIS	state	LexisNexis Virginia Supreme Court		
Va. Cas.	Va. Cas.	state	Virginia Cases, Criminal	1789	1826
Va. Ch. Dec.	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Va. Cir.	Va. Cir.	state	Virginia Circuit Court Opinions		
Va. Cir. LEXIS	Va. Cir. LEXIS	state	LexisNexis Virgina Circuit Court		
Va. Col. Dec.	Va. Col. Dec.	specialty	Virginia Colonial Decisions (Randolph & Barrandall)	1600	
Va. Dec.	Va. Dec.	state	Virginia Decisions		
Va. LEXIS	Va. LEXIS	state	LexisNexis Virginia Supreme Court		
Va. Law J.	Va. Law J.	state	Virginia Law Journal		
Va. Law Rep.	Va. Law Rep.	state	Virginia Law Reports		
Va. Leigh	Va.	state	Virginia Reports	1880	
Va. Rep.	Va.	state	Virginia Reports	1880	
Va. Unpub. LEXIS	Va. Unpub. LEXIS	state	LexisNexis Virginia Supreme Court Unpublished		
Va.(Call)	Call	state	Virginia Reports, Call	1779	1825
Va.(Gilmer)	Gilmer	state	Virginia Reports, Gilmer	1820	1821
Va.(Gratt.)	Gratt.	state	Virginia Reports, Grattan	1844	1880
Va.(Hen.& M.)	Hen. & M.	state	Virginia Reports, Hening & Munford	1806	1810
Va.(Leigh)	Leigh	state	Virginia Reports, Leigh	1829	1842
Va.(Rand.)	Rand.	state	Virginia Reports, Randolph	1821	1828
Va.(Rob.)	Rob.	state	Virginia Reports, Robinson	1842	1844
Va.(Wash.)	Wash.	state	Virginia Reports, Washington	1790	1796
Va.App.	Va. App.	state	Virginia Court of Appeals Reports	1985	
Va.Dec.	Va. Dec.	state	Virginia Decisions		
Van Ness	Van Ness	state	Van Ness' Prize Cases, United States (US) District Court, District of New York (NY)		
Vaux	Vaux	state	Reports of some of the criminal cases on primary hearing, before Richard Vaux, recorder of the city of Philadelphia	1846	1846
Verm.	Vt.	state	Vermont Reports	1826	
Verm. Rep.	Vt.	state	Vermont Reports	1826	
Vet App	Vet. App.	specialty	Veterans Appeals Reporter	1990	
Vet. App.	Vet. App.	specialty	Veterans Appeals Reporter	1990	
Vet.App.	Vet. App.	specialty	Veterans Appeals Reporter	1990	
Vir. L.J.	Va. Law J.	state	Virginia Law Journal		
Virg.	Va.	state	Virginia Reports	1880	
Vr.	Vroom	state	Vroom's Reports		
Vroom	Vroom	state	Vroom's Reports		
Vroom (G.D.W)	Vroom (G.D.W)	state	Vroom's Reports		
Vroom (GDW)	Vroom (G.D.W)	state	Vroom's Reports		
Vroom (N.J.)	Vroom	state	Vroom's Reports		
Vroom (P.D.)	Vroom (P.D.)	state	Vroom's Reports		
Vroom (PD)	Vroom (P.D.)	state	Vroom's Reports		
Vroom.	Vroom	state	Vroom's Reports		
Vt	Vt.	state	Vermont Reports	1826	
Vt LEXIS	Vt. LEXIS	state	LexisNexis Vermont Supreme Court		
Vt Super	Vt. Super.	state	LexisNexis Vermont Superior Court		
Vt Super LEXIS	Vt. Super. LEXIS	state	LexisNexis Vermont Superior Court		
Vt Unpub LEXIS	Vt. Unpub. LEXIS	state	LexisNexis Vermont Supreme Court Unpublished		
Vt.	Vt.	state	Vermont Reports	1826	
Vt. LEXIS	Vt. LEXIS	state	LexisNexis Vermont Supreme Court		
Vt. Rep.	Vt.	state	Vermont Reports	1826	
Vt. Super.	Vt. Super.	state	LexisNexis Vermont Superior Court		
Vt. Super. LEXIS	Vt. Super. LEXIS	state	LexisNexis Vermont Superior Court		
Vt. Unpub. LEXIS	Vt. Unpub. LEXIS	state	LexisNexis Vermont Supreme Court Unpublished		
W Va	W. Va.	state	West Virginia Reports	1864	
W Va LEXIS	W. Va. LEXIS	state	LexisNexis West Virginia Supreme Court		
W.	Wash.	state	Washington Reports	1889	
W.	Wend.	state	Wendell's Reports	1828	1841
W.	Wis.	state	Wisconsin Reports	1853	
W.	Wyo.	state	Wyoming Reports	1870	1959
W. & S.	Watts & Serg.	state	Pennsylvania State Reports, Watts & Sergeant	1841	1845
W. Va.	W. Va.	state	West Virginia Reports	1864	
W. Va. LEXIS	W. Va. LEXIS	state	LexisNexis West Virginia Supreme Court		
W.& W.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
W.2d	Wash. 2d	state	Washington Reports	1889	2023
W.2d	Wis. 2d	state	Wisconsin Reports	1853	
W.App.	Wash. App.	state	Washington Appellate Reports	1969	
W.L. Bull.	W.L.B.	state	Weekly Law Bulletin (Ohio)		
W.L. M.	W.L.M.	federal	Western Law Monthly (OH)		
W.L. Monthly	W.L.M.	federal	Western Law Monthly (OH)		
W.L.B.	W.L.B.	state	Weekly Law Bulletin (Ohio)		
W.L.J.	W.L.J.	federal	Western Law Journal (OH)		
W.L.M.	W.L.M.	federal	Western Law Monthly (OH)		
W.N.C.	W.N.C.	state	Weekly Notes of Cases	1874	1899
W.N.C. (Pa.)	W.N.C.	state	Weekly Notes of Cases	1874	1899
W.R.	Wis.	state	Wisconsin Reports	1853	
W.St.	Wash.	state	Washington Reports	1889	
W.T.	Wash. Terr.	state	Washington Territory Reports	1854	1888
W.Ty.R.	Wash. Terr.	state	Washington Territory Reports	1854	1888
W.V.	W. Va.	state	West Virginia Reports	1864	
W.Va.	W. Va.	state	West Virginia Reports	1864	
W.W. Harr.	W.W. Harr.	state	W.W. Harrington's Reports		
W.W. Harr. Del	W.W. Harr.	state	W.W. Harrington's Reports		
W.W.H	W.W. Harr.	state	W.W. Harrington's Reports		
W.W.Harr.	W.W. Harr.	state	W.W. Harrington's Reports		
WASH	Wash.	state	Washington Reports	1889	
WI	WI	neutral	Wisconsin Neutral Citation		
WI App	WI App	neutral	Wisconsin Neutral Citation		
WI.App.	WI App	neutral	Wisconsin Neutral Citation		
WL	WL	specialty_west	West Law Citation		
WLB	W.L.B.	state	Weekly Law Bulletin (Ohio)		
WLJ	W.L.J.	federal	Western Law Journal (OH)		
WLM	W.L.M.	federal	Western Law Monthly (OH)		
WNC	W.N.C.	state	Weekly Notes of Cases	1874	1899
WW Harr	W.W. Harr.	state	W.W. Harrington's Reports		
WY	WY	neutral	Wyoming Neutral Citation		
WYO	WY	neutral	Wyoming Neutral Citation		
Wa.	Wash.	state	Washington Reports	1889	
Wa.	Watts	state	Pennsylvania State Reports, Watts	1832	1840
Wa.2d	Wash. 2d	state	Washington Reports	1889	2023
Wa.3d	Wash. 3d	state	Washington Reports	2023	
Wa.A.	Wash. App.	state	Washington Appellate Reports	1969	
Wage & Hour Cas (BNA)	Wage & Hour Cas. (BNA)	specialty	Wage and Hour Cases		
Wage & Hour Cas.	Wage & Hour Cas. (BNA)	specialty	Wage and Hour Cases		
Wage & Hour Cas. (BNA)	Wage & Hour Cas. (BNA)	specialty	Wage and Hour Cases		
Wage & Hour Cas. 2d	Wage & Hour Cas.2d (BNA)	specialty	Wage and Hour Cases		
Wage & Hour Cas. 2d (BNA)	Wage & Hour Cas.2d (BNA)	specialty	Wage and Hour Cases		
Wage & Hour Cas.2d (BNA)	Wage & Hour Cas.2d (BNA)	specialty	Wage and Hour Cases		
Wage & Hour Cas2d (BNA)	Wage & Hour Cas.2d (BNA)	specialty	Wage and Hour Cases		
Wage Hour & Leave Rep (BNA)	Wage Hour & Leave Rep. (BNA)	specialty	Wage Hour & Leave Report		
Wage Hour & Leave Rep. (BNA)	Wage Hour & Leave Rep. (BNA)	specialty	Wage Hour & Leave Report		
Walk	Walk.	state	Pennsylvania State Reports, Walker	1855	1885
Walk Ch	Walk. Ch.	state	Reports of cases argued and determined in the court of chancery of the state of michigan		
Walk.	Walk.	state	Pennsylvania State Reports, Walker	1855	1885
Walk.	Walker	state	Mississippi Reports, Walker	1818	1832
Walk. Ch.	Walk. Ch.	state	Reports of cases argued and determined in the court of chancery of the state of michigan		
Walk.Miss.	Walker	state	Mississippi Reports, Walker	1818	1832
Walk.Pa.	Walk.	state	Pennsylvania State Reports, Walker	1855	1885
Walker	Walk.	state	Pennsylvania State Reports, Walker	1855	1885
Walker	Walker	state	Mississippi Reports, Walker	1818	1832
Walker	Walker	state	Reports of cases decided by the supreme court of pennsylvania which have been omitted from the regular reports	1849	1887
Wall	Wall.	federal	Wallace's Circuit Court Reports	1863	1874
Wall	Wall.	scotus_early	Wallace's Supreme Court Reports	1863	1874
Wall Jr	Wall. Jr.	federal	Wallace, Jr.'s Reports of Cases Determined in the Circuit Court of the United States for the Third Circuit		
Wall Jr Append	Wall. Jr. Append.	specialty	Wall. Jr. Append.		
Wall.	Wall.	federal	Wallace's Circuit Court Reports	1863	1874
Wall.	Wall.	scotus_early	Wallace's Supreme Court Reports	1863	1874
Wall. C.C	Wall.	federal	Wallace's Circuit Court Reports	1863	1874
Wall. Cir. Ct.	Wall.	federal	Wallace's Circuit Court Reports	1863	1874
Wall. Jr.	Wall. Jr.	federal	Wallace, Jr.'s Reports of Cases Determined in the Circuit Court of the United States for the Third Circuit		
Wall. Jr. Append.	Wall. Jr. Append.	specialty	Wall. Jr. Append.		
Wall. Jr. C.C.	Wall. Jr.	federal	Wallace, Jr.'s Reports of Cases Determined in the Circuit Court of the United States for the Third Circuit		
Wall., Jr.	Wall. Jr.	federal	Wallace, Jr.'s Reports of Cases Determined in the Circuit Court of the United States for the Third Circuit		
Wall.Rep.	Wall.	scotus_early	Wallace's Supreme Court Reports	1863	1874
Wall.S.C.	Wall.	scotus_early	Wallace's Supreme Court Reports	1863	1874
Wallace R.	Wall.	scotus_early	Wallace's Supreme Court Reports	1863	1874
Wallace, Jr., Rept.	Wall. Jr.	federal	Wallace, Jr.'s Reports of Cases Determined in the Circuit Court of the United States for the Third Circuit		
Ware	Ware	federal	Ware's United States (US) District Court Reports		
Ware.	Ware	federal	Ware's United States (US) District Court Reports		
Wash	Wash.	state	Virginia Reports, Washington	1790	1796
Wash	Wash.	state	Washington Reports	1889	
Wash 2d	Wash. 2d	state	Washington Reports	1889	2023
Wash 3d	Wash. 3d	state	Washington Reports	2023	
Wash App	Wash. App.	state	Washington Appellate Reports	1969	
Wash App 2d	Wash. App. 2d	state	Washington Appellate Reports	1969	
Wash App LEXIS	Wash. App. LEXIS	state	LexisNexis Washington Supreme Court		
Wash C C	Wash. C. C.	federal	Washington's United States (US) Circuit Court Reports		
Wash Co	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash LEXIS	Wash. LEXIS	state	LexisNexis Washington Supreme Court		
Wash Terr	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash Terr LEXIS	Wash. Terr. LEXIS	state	LexisNexis Supreme Court of the Territory of Washington	1854	1889
Wash.	Wash.	state	Virginia Reports, Washington	1790	1796
Wash.	Wash.	state	Washington Reports	1889	
Wash.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash. (VA)	Wash.	state	Virginia Reports, Washington	1790	1796
Wash. 2d	Wash. 2d	state	Washington Reports	1889	2023
Wash. 3d	Wash. 3d	state	Washington Reports	2023	
Wash. App.	Wash. App.	state	Washington Appellate Reports	1969	
Wash. App. 2d	Wash. App. 2d	state	Washington Appellate Reports	1969	
Wash. App. LEXIS	Wash. App. LEXIS	state	LexisNexis Washington Supreme Court		
Wash. C. C.	Wash. C. C.	federal	Washington's United States (US) Circuit Court Reports		
Wash. C. C. Rep.	Wash. C. C.	federal	Washington's United States (US) Circuit Court Reports		
Wash. Co (Pa.)	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash. Co.	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash. Co. R.	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash. Co. Rep.	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash. Co. Repr.	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash. LEXIS	Wash. LEXIS	state	LexisNexis Washington Supreme Court		
Wash. Rep.	Wash.	state	Virginia Reports, Washington	1790	1796
Wash. Rep.	Wash.	state	Washington Reports	1889	
Wash. Rep.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash. Terr.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash. Terr. LEXIS	Wash. Terr. LEXIS	state	LexisNexis Supreme Court of the Territory of Washington	1854	1889
Wash.2d	Wash. 2d	state	Washington Reports	1889	2023
Wash.3d	Wash. 3d	state	Washington Reports	2023	
Wash.App.	Wash. App.	state	Washington Appellate Reports	1969	
Wash.App.2d	Wash. App. 2d	state	Washington Appellate Reports	1969	
Wash.Co.	Wash. Co.	state	Washington County Reports, Pennsylvania		
Wash.St.	Wash.	state	Washington Reports	1889	
Wash.T.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash.Ter.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash.Ter.N.S.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash.Terr.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash.Ty.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wash.Va.	Wash.	state	Virginia Reports, Washington	1790	1796
Watts	Watts	state	Pennsylvania State Reports, Watts	1832	1840
Watts & S.	Watts & Serg.	state	Pennsylvania State Reports, Watts & Sergeant	1841	1845
Watts & Serg	Watts & Serg.	state	Pennsylvania State Reports, Watts & Sergeant	1841	1845
Watts & Serg.	Watts & Serg.	state	Pennsylvania State Reports, Watts & Sergeant	1841	1845
Watts Rep.	Watts	state	Pennsylvania State Reports, Watts	1832	1840
Watts(Pa.)	Watts	state	Pennsylvania State Reports, Watts	1832	1840
Week Law Gaz	Week. Law Gaz.	state	Weekly Law Gazette (Ohio)		
Week No	Week. No.	state	Weekly Notes of Cases (Pa.) (1874-99)	1874	1899
Week. Law Gaz.	Week. Law Gaz.	state	Weekly Law Gazette (Ohio)		
Week. No.	Week. No.	state	Weekly Notes of Cases (Pa.) (1874-99)	1874	1899
Week. Notes Cas.	Week. No.	state	Weekly Notes of Cases (Pa.) (1874-99)	1874	1899
Weekly L. Bull.	W.L.B.	state	Weekly Law Bulletin (Ohio)		
Weekly Law Bulletin	W.L.B.	state	Weekly Law Bulletin (Ohio)		
Weekly Law Bulletin (Ohio)	W.L.B.	state	Weekly Law Bulletin (Ohio)		
Weekly LawBulletin	W.L.B.	state	Weekly Law Bulletin (Ohio)		
Wells' Notebook	Wells' Notebook	specialty	Wells' Notebook	1792	1830
Wells’ Notebook	Wells' Notebook	specialty	Wells' Notebook	1792	1830
Wend	Wend.	state	Wendell's Reports	1828	1841
Wend.	Wend.	state	Wendell's Reports	1828	1841
Wend. Rep.	Wend.	state	Wendell's Reports	1828	1841
Wend.(N.Y.)	Wend.	state	Wendell's Reports	1828	1841
Wendell	Wend.	state	Wendell's Reports	1828	1841
Wendell Rep.	Wend.	state	Wendell's Reports	1828	1841
West Co. Rep.	West Coast Rep.	federal	West Coast Reporter		
West Coast Rep	West Coast Rep.	federal	West Coast Reporter		
West Coast Rep.	West Coast Rep.	federal	West Coast Reporter		
West Jur	West. Jur.	federal	Western Jurist (Des Moines, Iowa)		
West Law Month.	W.L.M.	federal	Western Law Monthly (OH)		
West Va.	W. Va.	state	West Virginia Reports	1864	
West. Jur.	West. Jur.	federal	Western Jurist (Des Moines, Iowa)		
West. Law J.	W.L.J.	federal	Western Law Journal (OH)		
West. Law Month.	W.L.M.	federal	Western Law Monthly (OH)		
West. Law. J.	W.L.J.	federal	Western Law Journal (OH)		
Wh.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Wh. Rep.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Whar.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Whar. Rep.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Whart	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Whart Hom	Whart. Hom.	state	Wharton, Treatise on the Law of Homicide in the United States		
Whart St Tr	Whart. St. Tr.	state	Wharton's State Trials		
Whart.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Whart. Hom.	Whart. Hom.	state	Wharton, Treatise on the Law of Homicide in the United States		
Whart. Rep.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Whart. St. Tr.	Whart. St. Tr.	state	Wharton's State Trials		
Whart.Pa.	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Wharton	Whart.	state	Pennsylvania State Reports, Wharton	1835	1841
Wheat	Wheat.	scotus_early	Wheaton's Supreme Court Reports	1816	1827
Wheat.	Wheat.	scotus_early	Wheaton's Supreme Court Reports	1816	1827
Wheat. Rep.	Wheat.	scotus_early	Wheaton's Supreme Court Reports	1816	1827
Wheaton	Wheat.	scotus_early	Wheaton's Supreme Court Reports	1816	1827
Wheaton Rep.	Wheat.	scotus_early	Wheaton's Supreme Court Reports	1816	1827
Wheel Cr Cas	Wheel. Cr. Cas.	state	Wheeler's Criminal Cases	1791	1825
Wheel. Cr. Cas.	Wheel. Cr. Cas.	state	Wheeler's Criminal Cases	1791	1825
Wheeler, Cr. Cas.	Wheel. Cr. Cas.	state	Wheeler's Criminal Cases	1791	1825
Wheeler, Crim. Cas.	Wheel. Cr. Cas.	state	Wheeler's Criminal Cases	1791	1825
Wheeler. Cr. Cas.	Wheel. Cr. Cas.	state	Wheeler's Criminal Cases	1791	1825
White & W	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
White & W.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
White & W.(Tex.)	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
White & W.Civ.Cas.Ct.App.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Wi.& Will.	White & W.	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (White & Wilson)	1876	1883
Will	Will.	state	Massachusetts Reports, Williams	1804	1805
Will.	Will.	state	Massachusetts Reports, Williams	1804	1805
Will.Mass.	Will.	state	Massachusetts Reports, Williams	1804	1805
Williams	Will.	state	Massachusetts Reports, Williams	1804	1805
Willson	Willson	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (Willson)	1883	1892
Willson Rep.	Willson	state	Condensed Reports of Decisions in Civil Causes in the Court of Appeals of Texas (Willson)	1883	1892
Wils. Ind.	Wilson	state	Wilson's Reports, Indiana Superior Court		
Wils. Minn.	Wilson	state	Wilson's Reports (48-59 Minn.)		
Wils. Oreg.	Wilson	state	Wilson's Reports (1-3 Oregon)		
Wils. Super. (Ind.)	Wilson	state	Wilson's Reports, Indiana Superior Court		
Wilson	Wilson	state	Wilson's Reports (1-3 Oregon)		
Wilson	Wilson	state	Wilson's Reports (48-59 Minn.)		
Wilson	Wilson	state	Wilson's Reports, Indiana Superior Court		
Wilson's Red Book	Wilson's Red Book	specialty	Wilson's Red Book	1792	1830
Wilson’s Red Book	Wilson's Red Book	specialty	Wilson's Red Book	1792	1830
Win	Win.	state	North Carolina Reports, Winston	1863	1864
Win.	Win.	state	North Carolina Reports, Winston	1863	1864
Wis	Wis.	state	Wisconsin Reports	1853	
Wis 2d	Wis. 2d	state	Wisconsin Reports	1853	
Wis.	Wis.	state	Wisconsin Reports	1853	
Wis. 2d	Wis. 2d	state	Wisconsin Reports	1853	
Wis. Rep.	Wis.	state	Wisconsin Reports	1853	
Wis.2d	Wis. 2d	state	Wisconsin Reports	1853	
Wisc App LEXIS	Wisc. App. LEXIS	state	LexisNexis Wisconsin Appeals Court		
Wisc Cir LEXIS	Wisc. Cir. LEXIS	state	LexisNexis Wisconsin Circuit Court		
Wisc LEXIS	Wisc. LEXIS	state	LexisNexis Wisconsin Supreme Court		
Wisc. App. LEXIS	Wisc. App. LEXIS	state	LexisNexis Wisconsin Appeals Court		
Wisc. Cir. LEXIS	Wisc. Cir. LEXIS	state	LexisNexis Wisconsin Circuit Court		
Wisc. LEXIS	Wisc. LEXIS	state	LexisNexis Wisconsin Supreme Court		
Wkly Dig	Wkly. Dig.	federal	New York Weekly Digest		
Wkly. Dig.	Wkly. Dig.	federal	New York Weekly Digest		
Wkly. Law Gaz.	Week. Law Gaz.	state	Weekly Law Gazette (Ohio)		
Wkly. Law Gaz. No.	Week. Law Gaz.	state	Weekly Law Gazette (Ohio)		
Wkly. N.C	W.N.C.	state	Weekly Notes of Cases	1874	1899
Wkly. Notes Cas.	W.N.C.	state	Weekly Notes of Cases	1874	1899
Wkly. Notes Cas. (Pa.)	W.N.C.	state	Weekly Notes of Cases	1874	1899
Wkly. Notes. Cas.	W.N.C.	state	Weekly Notes of Cases	1874	1899
Wl	WL	specialty_west	West Law Citation		
Wn	Wash.	state	Washington Reports	1889	
Wn.	Wash.	state	Washington Reports	1889	
Wn. 2d	Wash. 2d	state	Washington Reports	1889	2023
Wn. App.	Wash. App.	state	Washington Appellate Reports	1969	
Wn. App. 2d	Wash. App. 2d	state	Washington Appellate Reports	1969	
Wn. Terr.	Wash. Terr.	state	Washington Territory Reports	1854	1888
Wn.2d	Wash. 2d	state	Washington Reports	1889	2023
Wn.3d	Wash. 3d	state	Washington Reports	2023	
Wn.App.	Wash. App.	state	Washington Appellate Reports	1969	
Wood. & Minot	Woodb. & M.	federal	Woodbury & Minot's United States Circuit Court Reports		
Woodb & M	Woodb. & M.	federal	Woodbury & Minot's United States Circuit Court Reports		
Woodb. & M.	Woodb. & M.	federal	Woodbury & Minot's United States Circuit Court Reports		
Woods	Woods	federal	Woods' United States Circuit Court Reports		
Woods C.C.	Woods	federal	Woods' United States Circuit Court Reports		
Woods.	Woods	federal	Woods' United States Circuit Court Reports		
Wool.	Woolw.	federal	Woolworth's United States Circuit Court Reports		
Woolw	Woolw.	federal	Woolworth's United States Circuit Court Reports		
Woolw	Woolw.	state	Woolworth's Reports (1 Nebraska)		
Woolw.	Woolw.	federal	Woolworth's United States Circuit Court Reports		
Woolw.	Woolw.	state	Woolworth's Reports (1 Nebraska)		
Woolw. Rep.	Woolw.	federal	Woolworth's United States Circuit Court Reports		
Woolw. Rep.	Woolw.	state	Woolworth's Reports (1 Nebraska)		
Woolworth	Woolw.	federal	Woolworth's United States Circuit Court Reports		
Woolworth's Cir. Ct. R.	Woolw.	federal	Woolworth's United States Circuit Court Reports		
Wright	Wright	state	Reports of cases at law and in chancery, decided by the Supreme court of Ohio, during the years 1831, 1832, 1833, 1834	1831	1834
Wy.	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Wy.	Wyo.	state	Wyoming Reports	1870	1959
Wyo	Wyo.	state	Wyoming Reports	1870	1959
Wyo LEXIS	Wyo. LEXIS	state	LexisNexis Wyoming Supreme Court		
Wyo.	Wyo.	state	Wyoming Reports	1870	1959
Wyo. LEXIS	Wyo. LEXIS	state	LexisNexis Wyoming Supreme Court		
Wythe	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Wythe (Va.)	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Wythe Ch. (Va.)	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Wythe's R.	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Wythe's Rep.	Va. Ch. Dec.	state	Wythe's Chancery Reports (1789-99) (Va.)	1789	1799
Y.	Yeates	state	Pennsylvania State Reports, Yeates	1791	1808
Yates	Yates Sel. Cas.	state	Yates' Select Cases	1809	1809
Yates Sel Cas	Yates Sel. Cas.	state	Yates' Select Cases	1809	1809
Yates Sel. Cas.	Yates Sel. Cas.	state	Yates' Select Cases	1809	1809
Yates Sel.Cas.(N.Y.)	Yates Sel. Cas.	state	Yates' Select Cases	1809	1809
Yea.	Yeates	state	Pennsylvania State Reports, Yeates	1791	1808
Yeates	Yeates	state	Pennsylvania State Reports, Yeates	1791	1808
Yeates Rep.	Yeates	state	Pennsylvania State Reports, Yeates	1791	1808
Yer	Yer.	state	Tennessee Reports, Yerger	1828	1837
Yer.	Yer.	state	Tennessee Reports, Yerger	1828	1837
Yer. Rep.	Yer.	state	Tennessee Reports, Yerger	1828	1837
Yerg.	Yer.	state	Tennessee Reports, Yerger	1828	1837
Yerg. Rep.	Yer.	state	Tennessee Reports, Yerger	1828	1837
Yerg.(Tenn.)	Yer.	state	Tennessee Reports, Yerger	1828	1837
York	York	state	York Legal Records (Pa.)		
York Leg. Rec.	York	state	York Legal Records (Pa.)		
York Leg. Rec. (Pa.)	York	state	York Legal Records (Pa.)		
York Leg. Record	York	state	York Legal Records (Pa.)		
York Legal Record	York	state	York Legal Records (Pa.)		
cal. 4th	Cal. 4th	state	California Reports	1991	
mills	Mills Surr.	state	Mills' Reports, New York Surrogate Court	1899	1917
mt	MT	neutral	Montana Neutral Citation		
p.2 d	P.2d	state_regional	Pacific Reporter	1931	2000
p.2d	P.2d	state_regional	Pacific Reporter	1931	2000
wl	WL	specialty_west	West Law Citation		
"""#

    /// Grammars/data/rules.tsv (75 rows).
    static let rules: String = #"""
Fed. R. Civ. P.	rule	us	Federal Rules of Civil Procedure
Fed. R. Crim. P.	rule	us	Federal Rules of Criminal Procedure
Fed. R. Evid.	rule	us	Federal Rules of Evidence
Fed. R. App. P.	rule	us	Federal Rules of Appellate Procedure
Fed. R. Bankr. P.	rule	us	Federal Rules of Bankruptcy Procedure
Sup. Ct. R.	rule	us	Rules of the Supreme Court of the United States
Fed. Cir. R.	rule	us	Federal Circuit Rules
Local Civ. R.	rule	us	Local Civil Rules
LCvR	rule	us	Local Civil Rules of the United States District Court for the District of Columbia (its own form: "LCvR 40.7(f)")
Local Crim. R.	rule	us	Local Criminal Rules
LR	rule	us	Local Rules of a district court in its own short form ("LR 56.1(e)(3)", N.D. Ill.)
Ill. S. Ct. R.	rule	us:il	Illinois Supreme Court Rules
Ill. Sup. Ct. R.	rule	us:il	Illinois Supreme Court Rules
Mo. Sup. Ct. R.	rule	us:mo	Missouri Supreme Court Rules
Cal. Rules of Court, rule	rule	us:ca	California Rules of Court
N.Y. C.P.L.R.	statute	us:ny	New York Civil Practice Law and Rules
C.P.L.R.	statute	us:ny	New York Civil Practice Law and Rules
ILCS	statute	us:il	Illinois Compiled Statutes
U.S. Const.	constitution	us	Constitution of the United States
MCL	statute	us:mi	Michigan Compiled Laws (form used by Michigan courts)
MCR	rule	us:mi	Michigan Court Rules (form used by Michigan courts)
MRE	rule	us:mi	Michigan Rules of Evidence (form used by Michigan courts)
RSMo	statute	us:mo	Revised Statutes of Missouri (form used by Missouri courts)
OCGA	statute	us:ga	Official Code of Georgia Annotated (form used by Georgia courts)
O.C.G.A.	statute	us:ga	Official Code of Georgia Annotated (form used by Georgia courts)
RCW	statute	us:wa	Revised Code of Washington (form used by Washington courts)
ORS	statute	us:or	Oregon Revised Statutes (form used by Oregon courts)
KRS	statute	us:ky	Kentucky Revised Statutes (form used by Kentucky courts)
N.C.G.S.	statute	us:nc	General Statutes of North Carolina (form used by North Carolina courts)
N.J.S.A.	statute	us:nj	New Jersey Statutes Annotated (form used by New Jersey courts)
R.C.	statute	us:oh	Ohio Revised Code (form used by Ohio courts)
G. L.	statute	us:ma	General Laws of Massachusetts (form used by Massachusetts courts)
La. R.S.	statute	us:la	Louisiana Revised Statutes (form used by Louisiana courts)
NRS	statute	us:nv	Nevada Revised Statutes (form used by Nevada courts)
K.S.A.	statute	us:ks	Kansas Statutes Annotated (form used by Kansas courts)
RSA	statute	us:nh	New Hampshire Revised Statutes Annotated (form used by New Hampshire courts)
SDCL	statute	us:sd	South Dakota Codified Laws (form used by South Dakota courts)
NMSA 1978	statute	us:nm	New Mexico Statutes Annotated 1978 (form used by New Mexico courts)
MCA	statute	us:mt	Montana Code Annotated (form used by Montana courts)
M.R.S.	statute	us:me	Maine Revised Statutes (form used by Maine courts)
Me. Rev. Stat.	statute	us:me	Maine Revised Statutes (the official title, used by Maine courts)
Florida Statutes	statute	us:fl	Florida Statutes (form used by Florida courts)
Wis. Act	statute	us:wi	Wisconsin Acts, the session laws (form used by Wisconsin courts)
PA	statute	us:mi	Michigan Public Acts by year and number, "1990 PA 305" (form used by Michigan courts)
Pub. Act	session_law	us:il	Illinois Public Acts by General Assembly and number, "Pub. Act 91-404" (form used by Illinois courts)
Code of Alabama	statute	us:al	Code of Alabama, 1975, named in full as Alabama's courts write it ("Code of Alabama 1975, § 12-16-13")
AS	statute	us:ak	Alaska Statutes, the form Alaska's courts use ("AS 15.15.240"; the section must hold a period)
CPLR	statute	us:ny	New York Civil Practice Law and Rules (form used by New York courts)
C.R.S.	statute	us:co	Colorado Revised Statutes (form used by Colorado courts: "section 18-3-302, C.R.S. 1973")
G.S.	statute	us:nc	General Statutes of North Carolina (form used by North Carolina courts: "G.S. 163-230.1")
RAP	rule	us:wa	Washington Rules of Appellate Procedure (form used by Washington courts: "RAP 18.1(d)")
Pa. Stat. and Cons. Stat. Ann.	statute	us:pa	Pennsylvania Statutes, unconsolidated and consolidated (Bluebook 21st ed. T1)
Pa. Stat. and Cons. Stat.	statute	us:pa	Pennsylvania Statutes, unconsolidated and consolidated (as written without "Ann.")
EPTL	statute	us:ny	New York Estates, Powers and Trusts Law (form used by New York courts: "EPTL 9-1.1(b)")
CPL	statute	us:ny	New York Criminal Procedure Law (form used by New York courts: "CPL 440.10")
GOL	statute	us:ny	New York General Obligations Law (form used by New York courts)
RPAPL	statute	us:ny	New York Real Property Actions and Proceedings Law (form used by New York courts)
SCPA	statute	us:ny	New York Surrogate's Court Procedure Act (form used by New York courts)
DRL	statute	us:ny	New York Domestic Relations Law (form used by New York courts)
HRS	statute	us:hi	Hawaii Revised Statutes (form used by Hawaii courts: "HRS § 343-5")
HAR	regulation	us:hi	Hawaii Administrative Rules (form used by Hawaii courts: "HAR § 11-200-12")
HRCP	rule	us:hi	Hawaii Rules of Civil Procedure (form used by Hawaii courts: "HRCP Rule 56(c)")
MLRPC	rule	us:md	Maryland Lawyers' Rules of Professional Conduct (form used by Maryland courts: "MLRPC 1.6(a)")
Income Tax Regs.	regulation	us	Income Tax Regulations, 26 C.F.R. (form used by the Tax Court: "sec. 1.166-5(a)(2), Income Tax Regs.")
NYCRR	regulation	us:ny	Official Compilation of Codes, Rules and Regulations of the State of New York (form used by New York courts: "22 NYCRR 202.8-b")
Ill. Adm. Code	regulation	us:il	Illinois Administrative Code (form used by Illinois courts: "56 Ill. Adm. Code 210.110")
Tex. Code Crim. Proc.	statute	us:tx	Texas Code of Criminal Procedure, without "Ann." (form used by Texas courts: "Tex. Code Crim. Proc. art. 38.23(a)")
La. C.Cr.P.	statute	us:la	Louisiana Code of Criminal Procedure (form used by Louisiana courts: "La. C.Cr.P. art. 701")
La. Code Crim. P.	statute	us:la	Louisiana Code of Criminal Procedure (form used by Louisiana courts: "La. Code Crim. P. art. 703(D)")
La. C.E.	statute	us:la	Louisiana Code of Evidence (form used by Louisiana courts: "La. C.E. art. 404(B)")
La. C.C.	statute	us:la	Louisiana Civil Code (form used by Louisiana courts: "La. C.C. art. 2315")
La. C.C.P.	statute	us:la	Louisiana Code of Civil Procedure (form used by Louisiana courts: "La. C.C.P. art. 1915")
La. Ch.C.	statute	us:la	Louisiana Children's Code (form used by Louisiana courts: "La. Ch.C. art. 1015")
PIK Crim. 4th	rule	us:ks	Pattern Instructions for Kansas, Criminal, 4th edition (form used by Kansas courts: "PIK Crim. 4th 52.140")
PIK Civ. 4th	rule	us:ks	Pattern Instructions for Kansas, Civil, 4th edition (form used by Kansas courts: "PIK Civ. 4th 107.01")
"""#

    /// Grammars/data/signals.tsv (21 rows).
    static let signals: String = #"""
See, e.g.,	support
See, for example,	support
See also, e.g.,	support
See also	support
See generally, e.g.,	background
See generally	background
See	support
E.g.,	example
Accord	support
Cf., e.g.,	support
Cf.	support
Compare, e.g.,	comparison
Compare	comparison
with, e.g.,	comparison
with	comparison
and	comparison
But see, e.g.,	contradiction
But see	contradiction
But cf., e.g.,	contradiction
But cf.	contradiction
Contra	contradiction
"""#

    /// Every table above, keyed by TSV file stem (e.g. "case_name_words").
    static let tables: [String: String] = [
        "case_name_abbreviations": caseNameAbbreviations,
        "case_name_words": caseNameWords,
        "code_forms": codeForms,
        "codes": codes,
        "courts": courts,
        "history_phrases": historyPhrases,
        "history_supplement": historySupplement,
        "journals": journals,
        "months": months,
        "places": places,
        "reporters": reporters,
        "rules": rules,
        "signals": signals,
    ]

    /// One-line source (and version) of each table, keyed by TSV file stem.
    static let provenance: [String: String] = [
        "case_name_abbreviations": "reporters-db 3.2.67 (PyPI), reporters_db/data/case_name_abbreviations.json",
        "case_name_words": "indigobook2_T11_case_name_words.tsv: The Indigo Book 2d ed. rev. 2023-1 (github.com/indigobook/text, docs/versions/indigobook-2.0-rev2023-1.html @ 25058d332db290c76b5471c84b291ccd0efa44cb), table T11 (= Bluebook T6)",
        "code_forms": "The courts' own forms of their state's code (rules.tsv lists them as codes of their own) and the Bluebook T1 form of the same code, so that an authority key names one statute however a court writes it (\"G.S. 163-230.1\", \"N.C.G.S. § 163-230.1\" and \"N.C. Gen. Stat. § 163-230.1\" are one authority). Compiled by the Pincite team from Bluebook table T1 (the state's statutory compilation); the left column is the form as rules.tsv spells it.",
        "codes": "reporters-db 3.2.67 (PyPI), reporters_db/data/laws.json; courts-db 0.10.27 (PyPI), courts_db/data/states.json (state names -> postal codes)",
        "courts": "jurism_us_federal_courts.tsv (derived from github.com/Juris-M/jurism-abbreviations auto-us.json @ 9778243 (2023-11-08)); github.com/Juris-M/jurism-abbreviations auto-us.json @ 9778243 (2023-11-08) (xdata.*.institution-part); courts-db 0.10.27 (PyPI), courts_db/data/courts.json (citation_string, name, level, type)",
        "history_phrases": "indigobook2_T14_explanatory_phrases.txt: The Indigo Book 2d ed. rev. 2023-1 (github.com/indigobook/text, docs/versions/indigobook-2.0-rev2023-1.html @ 25058d332db290c76b5471c84b291ccd0efa44cb), table T14 (= Bluebook T8)",
        "history_supplement": "Subsequent-history phrases seen in federal district and state opinions that the Indigo Book's explanatory-phrase table (history_phrases.tsv) does not list. Compiled by the Pincite team from opinions (facts, not text).",
        "journals": "github.com/Juris-M/jurism-abbreviations secondary-us-bluebook.json (HEAD as copied to the reference directory), xdata.default.container-title (multi-word titles only); reporters-db 3.2.67 (PyPI), reporters_db/data/journals.json",
        "months": "indigobook2_T17_months.tsv: The Indigo Book 2d ed. rev. 2023-1 (github.com/indigobook/text, docs/versions/indigobook-2.0-rev2023-1.html @ 25058d332db290c76b5471c84b291ccd0efa44cb), table T17 (= Bluebook T12)",
        "places": "indigobook2_T12_1_us_places.tsv: The Indigo Book 2d ed. rev. 2023-1 (github.com/indigobook/text, docs/versions/indigobook-2.0-rev2023-1.html @ 25058d332db290c76b5471c84b291ccd0efa44cb), table T12.1 (= Bluebook T10, U.S.)",
        "reporters": "reporters-db 3.2.67 (PyPI), reporters_db/data/reporters.json",
        "rules": "Court rules and constitutions: abbreviations as Bluebook rule 12.9.3 / 11 and table T1 give them. None of the imported data sets (reporters-db laws.json, Juris-M, Indigo Book tables) lists court rules or constitutions, so these facts were compiled by the Pincite team from Bluebook T1 (federal) and the state court-rule titles used in opinions; the last rows are the local forms state courts use for their own codes (MCL, RSMo, OCGA, …).",
        "signals": "Introductory signals, Bluebook rule 1.2 (21st ed.) / Indigo Book R3. Facts (the list of signals), not text: compiled by the Pincite team from rule 1.2.",
    ]
}
