#!/usr/bin/env python3
"""Extracts, from Twilio's OpenAPI description of the 2010-04-01 API (twilio_api_v2010.json), the shape of
the Messages API answers that the built-in sandbox must match: the fields of a Message, of a list page and of
Message Feedback, and the message statuses. The sandbox's contract test (SandboxWireScenarios) reads it.

    python3 src/build/extract-messages-contract.py ../shared/twilio/twilio_api_v2010.json
"""
import json
import sys

OUT = "src/test/resources/twilio/messages-contract.json"


def main(source):
    with open(source, encoding="utf-8") as f:
        api = json.load(f)
    schemas = api["components"]["schemas"]
    message = schemas["api.v2010.account.message"]
    listing = api["paths"]["/2010-04-01/Accounts/{AccountSid}/Messages.json"]["get"]["responses"]["200"]
    contract = {
        "source": "twilio_api_v2010.json (Twilio's OpenAPI description of the 2010-04-01 REST API)",
        "message": sorted(message["properties"]),
        "messageStatuses": schemas["message_enum_status"]["enum"],
        "listPage": sorted(listing["content"]["application/json"]["schema"]["properties"]),
        "feedback": sorted(schemas["api.v2010.account.message.message_feedback"]["properties"]),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(contract, f, indent=1)
        f.write("\n")
    print(f"{OUT}: {len(contract['message'])} message fields, {len(contract['listPage'])} page fields")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/twilio/twilio_api_v2010.json")
