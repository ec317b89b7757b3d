#!/usr/bin/env python3
"""Builds the offline error catalogue shipped in the WAR (src/main/resources/twilio/messaging-errors.json)
from Twilio's error-code catalogue (twilio-error-codes.json), keeping what a messaging service can meet:
products Programmable SMS / Programmable Messaging / Conversations, the messaging ranges 21xxx (request
errors), 30xxx (delivery), 63xxx (channels such as WhatsApp), and the platform codes the Messages API answers.

    python3 src/build/extract-messaging-errors.py ../shared/twilio/twilio-error-codes.json
"""
import json
import sys

PRODUCTS = {"Programmable SMS", "Programmable Messaging", "Conversations"}
PLATFORM = {20001, 20003, 20005, 20008, 20404, 20429, 20500, 20503}
OUT = "src/main/resources/twilio/messaging-errors.json"


def messaging(entry):
    code = entry["code"]
    return (entry.get("product") in PRODUCTS or code in PLATFORM
            or 21000 <= code < 22000 or 30000 <= code < 31000 or 63000 <= code < 64000)


def clean(text):
    return " ".join(text.split()) if text else None


def main(source):
    with open(source, encoding="utf-8") as f:
        entries = json.load(f)
    kept = sorted((e for e in entries if messaging(e)), key=lambda e: e["code"])
    catalogue = [{
        "code": e["code"],
        "title": clean(e.get("message")),
        "description": clean(e.get("description")),
        "causes": clean(e.get("causes")),
        "solutions": clean(e.get("solutions")),
        "product": e.get("product"),
        "logLevel": e.get("log_level"),
    } for e in kept]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(catalogue, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"{len(catalogue)} of {len(entries)} codes written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/twilio/twilio-error-codes.json")
