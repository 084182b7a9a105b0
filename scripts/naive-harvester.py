#!/usr/bin/env python3
"""The baseline `make bench` measures tracker against: a naive SyncFeed harvester.

Follows the Zaak category of a SyncFeed endpoint page by page (urllib), parses each page with
xml.etree, and inserts every entity's id, number, kind, subject and title into an SQLite FTS5
table, one transaction per page. No raw XML kept, no joins, no deeds, no links.

    naive-harvester.py ENDPOINT DATABASE
"""
import sqlite3
import sys
import urllib.request
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
TK = "{http://www.tweedekamer.nl/xsd/tkData/v1-0}"
endpoint, database = sys.argv[1], sys.argv[2]
db = sqlite3.connect(database)
db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS zaak USING fts5(id UNINDEXED, nummer, soort, onderwerp, titel)")
url, entities = endpoint + "?category=Zaak", 0
while url:
    feed = ET.fromstring(urllib.request.urlopen(url).read())
    rows = []
    for entry in feed.iter(ATOM + "entry"):
        for entity in entry.find(ATOM + "content"):
            rows.append((entity.get("id"), *(entity.findtext(TK + name) for name in ("nummer", "soort", "onderwerp", "titel"))))
    with db:
        db.executemany("INSERT INTO zaak VALUES (?, ?, ?, ?, ?)", rows)
    entities += len(rows)
    next_link = [link.get("href") for link in feed.findall(ATOM + "link") if link.get("rel") == "next"]
    url = next_link[0] if rows and next_link else None
print(f"naive: {entities} entities")
