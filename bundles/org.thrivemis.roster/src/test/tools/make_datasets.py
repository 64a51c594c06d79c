#!/usr/bin/env python3
"""Writes the OneRoster test datasets under src/test/resources: a valid two-school trust (bulk),
a delta with a leaver and a joiner, and the malformed corpus (each a copy of the trust with one
defect, plus expected.txt: file|line|field|value of the error the sync must report).
Run from the bundle directory: python3 src/test/tools/make_datasets.py"""
import os, shutil

ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
def upn(body):
    s = sum((ord(c) - 48) * (i + 2) for i, c in enumerate(body))
    return ALPHABET[s % 23] + body

ROOT = "src/test/resources"
ORGS_H = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId"
USERS_H = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,favouriteColour"
CLASSES_H = "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods"
ENR_H = "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate"
DEMO_H = "sourcedId,status,dateLastModified,birthDate,sex"

PUPILS = [  # id, school, given, family, upn body, birth
    ("u1", "s1", "Ada", "Lovelace", "820200100001", "2017-03-04"),
    ("u2", "s1", "Ben", "O'Brien", "820200100002", "2017-05-06"),
    ("u3", "s1", "Cara", "Smith, Jr", "820200100003", "2016-11-30"),
    ("u4", "s1", "Dev", "Patel", "820200100004", "2017-01-15"),
    ("u5", "s2", "Eve", "Jones", "820200200001", "2016-02-01"),
    ("u6", "s2", "Finn", "Murphy", "820200200002", "2016-04-22"),
    ("u7", "s2", "Zoë", "Brontë", "820200200003", "2016-07-07"),
    ("u8", "s2", "Hal", "Wong", "820200200004", "2016-09-09"),
]

def q(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

def row(*vals):
    return ",".join(q(v) for v in vals)

def base():
    f = {}
    f["manifest.csv"] = "\n".join(["propertyName,value", "manifest.version,1.0", "oneroster.version,1.1",
        "file.academicSessions,absent", "file.categories,absent", "file.classes,bulk", "file.classResources,absent",
        "file.courses,absent", "file.courseResources,absent", "file.demographics,bulk", "file.enrollments,bulk",
        "file.lineItems,absent", "file.orgs,bulk", "file.resources,absent", "file.results,absent", "file.users,bulk",
        "source.systemName,Test MIS", "source.systemCode,test"]) + "\n"
    f["orgs.csv"] = "\n".join([ORGS_H, row("trust", "", "", "Oak and Elm Trust", "district", "", ""),
        row("s1", "", "", "Oak Primary", "school", "100001", "trust"),
        row("s2", "", "", "Elm Primary", "school", "100002", "trust")]) + "\n"
    users = [USERS_H]
    for uid, school, given, family, body, _ in PUPILS:
        users.append(row(uid, "", "", "true", school, "student", uid, "{UPN:" + upn(body) + "}", given, family, "",
                         "", "", "", "", "g1" if uid == "u1" else "", "03", "", "blue"))
    users.append(row("t1", "", "", "true", "s1", "teacher", "t1", "", "Olive", "Oakley", "", "", "", "", "", "", "", "", ""))
    users.append(row("t2", "", "", "true", "s2,trust", "teacher", "t2", "", "Eli", "Elmore", "", "", "", "", "", "", "", "", ""))
    users.append(row("g1", "", "", "true", "s1", "guardian", "g1", "", "Gina", "Lovelace", "", "", "", "", "", "", "", "", ""))
    # real exports come with a byte-order mark and CRLF line ends
    f["users.csv"] = "\ufeff" + "\r\n".join(users) + "\r\n"
    f["classes.csv"] = "\n".join([CLASSES_H,
        row("c1", "", "", "Year 3 Oak", "03", "", "3O", "homeroom", "", "s1", "", "", "", ""),
        row("c2", "", "", "Year 4 Elm", "04", "", "4E", "homeroom", "", "s2", "", "", "", "")]) + "\n"
    enr = [ENR_H]
    for uid, school, *_ in PUPILS:
        enr.append(row("e-" + uid, "", "", "c1" if school == "s1" else "c2", school, uid, "student", "", "2025-09-01", ""))
    enr.append(row("e-t1", "", "", "c1", "s1", "t1", "teacher", "true", "2025-09-01", ""))
    enr.append(row("e-t2", "", "", "c2", "s2", "t2", "teacher", "true", "2025-09-01", ""))
    f["enrollments.csv"] = "\n".join(enr) + "\n"
    demo = [DEMO_H] + [row(uid, "", "", birth, "female") for uid, _, _, _, _, birth in PUPILS]
    f["demographics.csv"] = "\n".join(demo) + "\n"
    return f

def write(name, files, expected=None):
    d = os.path.join(ROOT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for fn, content in files.items():
        with open(os.path.join(d, fn), "wb") as out:
            out.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    if expected:
        with open(os.path.join(d, "expected.txt"), "w", encoding="utf-8") as out:
            out.write(expected + "\n")

def line_of(text, needle):
    for i, l in enumerate(text.replace("\r\n", "\n").split("\n")):
        if needle in l:
            return i + 1
    raise ValueError(needle)

write("datasets/trust-bulk", base())

# delta: Hal (u8) leaves, Ivy (u9) joins Elm's Year 4
delta = {
    "manifest.csv": base()["manifest.csv"].replace("file.classes,bulk", "file.classes,absent")
        .replace("file.orgs,bulk", "file.orgs,absent").replace("file.demographics,bulk", "file.demographics,delta")
        .replace("file.users,bulk", "file.users,delta").replace("file.enrollments,bulk", "file.enrollments,delta"),
    "users.csv": "\n".join([USERS_H,
        row("u8", "tobedeleted", "2026-01-05T09:00:00Z", "false", "s2", "student", "u8", "", "Hal", "Wong", "", "", "", "", "", "", "04", "", ""),
        row("u9", "active", "2026-01-05T09:00:00Z", "true", "s2", "student", "u9", "{UPN:" + upn("820200200005") + "}", "Ivy", "Green", "", "", "", "", "", "", "04", "", "")]) + "\n",
    "enrollments.csv": "\n".join([ENR_H,
        row("e-u8", "tobedeleted", "2026-01-05T09:00:00Z", "c2", "s2", "u8", "student", "", "2025-09-01", "2026-01-02"),
        row("e-u9", "active", "2026-01-05T09:00:00Z", "c2", "s2", "u9", "student", "", "2026-01-05", "")]) + "\n",
    "demographics.csv": "\n".join([DEMO_H, row("u9", "active", "2026-01-05T09:00:00Z", "2016-10-10", "female")]) + "\n",
}
write("datasets/trust-delta", delta)

# ---- the malformed corpus ----
M = "malformed/"
def bad(name, change, expected):
    f = base()
    change(f)
    write(M + name, f, expected)

def replace(fn, old, new):
    def c(f):
        assert old in f[fn], (fn, old)
        f[fn] = f[fn].replace(old, new, 1)
    return c

B = base()
U = B["users.csv"]

def drop(fn):
    def c(f):
        del f[fn]
    return c

bad("no-manifest", drop("manifest.csv"), "manifest.csv|0||")
bad("manifest-lists-missing-file", drop("classes.csv"), "manifest.csv|0|file.classes|bulk")
bad("manifest-bad-version", replace("manifest.csv", "oneroster.version,1.1", "oneroster.version,2.0"),
    "manifest.csv|3|oneroster.version|2.0")
bad("manifest-bad-mode", replace("manifest.csv", "file.users,bulk", "file.users,full"),
    "manifest.csv|%d|file.users|full" % line_of(B["manifest.csv"], "file.users"))
bad("manifest-missing-version", replace("manifest.csv", "oneroster.version,1.1\n", ""), "manifest.csv|0|oneroster.version|")
bad("empty-users-file", lambda f: f.__setitem__("users.csv", ""), "users.csv|0||")
bad("missing-column-givenName", replace("users.csv", ",givenName,", ",forename,"), "users.csv|1|givenName|")
bad("missing-column-classSourcedId", replace("enrollments.csv", ",classSourcedId,", ",class,"),
    "enrollments.csv|1|classSourcedId|")
bad("missing-column-orgs-type", replace("orgs.csv", ",type,", ",kind,"), "orgs.csv|1|type|")
bad("duplicate-header-column", replace("users.csv", ",middleName,", ",givenName,"), "users.csv|1|givenName|givenName")
bad("duplicate-user-id", replace("users.csv", "u3,,,true", "u2,,,true"), "users.csv|4|sourcedId|u2")
bad("duplicate-class-id", replace("classes.csv", "c2,,,Year 4 Elm", "c1,,,Year 4 Elm"), "classes.csv|3|sourcedId|c1")
bad("duplicate-org-id", replace("orgs.csv", "s2,,,Elm Primary", "s1,,,Elm Primary"), "orgs.csv|4|sourcedId|s1")
bad("duplicate-upn", replace("users.csv", upn("820200100002"), upn("820200100001")), "users.csv|3|UPN|" + upn("820200100001"))
bad("dangling-class-school", replace("classes.csv", "homeroom,,s2", "homeroom,,s9"), "classes.csv|3|schoolSourcedId|s9")
bad("dangling-enrollment-class", replace("enrollments.csv", "e-u5,,,c2", "e-u5,,,c9"), "enrollments.csv|6|classSourcedId|c9")
bad("dangling-enrollment-user", replace("enrollments.csv", "c2,s2,u6,", "c2,s2,u99,"), "enrollments.csv|7|userSourcedId|u99")
bad("dangling-user-school", replace("users.csv", "u4,,,true,s1,", "u4,,,true,s7,"), "users.csv|5|orgSourcedIds|s7")
bad("teacher-enrollment-of-a-pupil", replace("enrollments.csv", "e-t1,,,c1,s1,t1,", "e-t1,,,c1,s1,u1,"),
    "enrollments.csv|10|userSourcedId|u1")
bad("bad-begin-date", replace("enrollments.csv", "u2,student,,2025-09-01", "u2,student,,2025-13-01"),
    "enrollments.csv|3|beginDate|2025-13-01")
bad("bad-end-date-format", replace("enrollments.csv", "u3,student,,2025-09-01,", "u3,student,,2025-09-01,01/09/2026"),
    "enrollments.csv|4|endDate|01/09/2026")
bad("end-before-begin", replace("enrollments.csv", "u4,student,,2025-09-01,", "u4,student,,2025-09-01,2025-08-01"),
    "enrollments.csv|5|endDate|2025-08-01")
bad("bad-birth-date", replace("demographics.csv", "2017-05-06", "2017-02-30"), "demographics.csv|3|birthDate|2017-02-30")
bad("blank-given-name", replace("users.csv", ",Dev,Patel,", ",,Patel,"), "users.csv|5|givenName|")
bad("blank-class-id", replace("classes.csv", "c2,,,Year 4 Elm", ",,,Year 4 Elm"), "classes.csv|3|sourcedId|")
bad("blank-class-title", replace("classes.csv", "Year 4 Elm", ""), "classes.csv|3|title|")
bad("unknown-user-role", replace("users.csv", "s2,student,u6", "s2,wizard,u6"), "users.csv|7|role|wizard")
bad("enrollment-without-role", replace("enrollments.csv", "u7,student,", "u7,,"), "enrollments.csv|8|role|")
bad("unknown-status", replace("users.csv", "u5,,,true", "u5,deleted,,true"), "users.csv|6|status|deleted")
bad("unclosed-quote", replace("users.csv", ",Finn,Murphy,", ",\"Finn,Murphy,"), "users.csv|7||")
bad("wrong-field-count", replace("users.csv", ",Eve,Jones,", ",Eve,Jones,extra,"),
    "users.csv|6||*")
bad("latin1-encoding", lambda f: f.__setitem__("users.csv", U.encode("utf-8").replace("Zoë".encode("utf-8"), "Zoë".encode("latin-1"))
    .replace("Brontë".encode("utf-8"), "Brontë".encode("latin-1"))), "users.csv|8|givenName|*")
bad("utf16-file", lambda f: f.__setitem__("users.csv", U.lstrip("\ufeff").encode("utf-16")), "users.csv|0||")
bad("huge-field", replace("users.csv", ",Hal,Wong,", "," + "H" * 20000 + ",Wong,"), "users.csv|9|givenName|*")
bad("huge-quoted-record", replace("users.csv", ",Hal,Wong,", ",\"" + ("x" * 70 + "\r\n") * 60 + "\",Wong,"),
    "users.csv|9||")
bad("formula-in-given-name", replace("users.csv", ",Ada,Lovelace,", ",\"=HYPERLINK(\"\"http://x\"\",\"\"Ada\"\")\",Lovelace,"),
    "users.csv|2|givenName|=HYPERLINK(\"http://x\",\"Ada\")")
bad("formula-in-family-name", replace("users.csv", ",Patel,", ",+SUM(1;2),"), "users.csv|5|familyName|+SUM(1;2)")
bad("formula-in-class-title", replace("classes.csv", "Year 3 Oak", "@cmd"), "classes.csv|2|title|@cmd")
bad("formula-in-school-name", replace("orgs.csv", "Elm Primary", "-2+3"), "orgs.csv|4|name|-2+3")
bad("delta-row-without-status", lambda f: (replace("manifest.csv", "file.classes,bulk", "file.classes,delta")(f),
    f.__setitem__("classes.csv", f["classes.csv"].replace(",,,Year 4 Elm", ",active,2026-01-05T09:00:00Z,Year 4 Elm"))),
    "classes.csv|2|status|")
bad("delta-bad-date-last-modified", lambda f: (replace("manifest.csv", "file.classes,bulk", "file.classes,delta")(f),
    f.__setitem__("classes.csv", f["classes.csv"].replace(",,,Year 3 Oak", ",active,2026-01-05T09:00:00Z,Year 3 Oak")
                  .replace(",,,Year 4 Elm", ",active,yesterday,Year 4 Elm"))),
    "classes.csv|3|dateLastModified|yesterday")
bad("pupil-without-school", replace("users.csv", "u6,,,true,s2,", "u6,,,true,,"), "users.csv|7|orgSourcedIds|")
bad("bulk-users-with-only-a-header", lambda f: f.__setitem__("users.csv", USERS_H + "\r\n"), "|0|pupils|0")
