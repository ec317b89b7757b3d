#!/usr/bin/env bash
# Smoke test of a deployed tracker: the API answers, a send is stored (as failed: Twilio is unreachable
# from here), an unsigned callback is refused, a signed one is accepted and recorded in the history.
# Needs curl, openssl and python3.
# Usage: smoke-test.sh BASE_URL   (with API_KEYS' first key in SMOKE_API_KEY and TWILIO_AUTH_TOKEN exported;
# BASE_URL must equal the server's PUBLIC_BASE_URL, since the callback is signed for it)
set -euo pipefail
BASE=${1:?usage: smoke-test.sh BASE_URL}
KEY=${SMOKE_API_KEY:?export SMOKE_API_KEY}
TOKEN=${TWILIO_AUTH_TOKEN:?export TWILIO_AUTH_TOKEN}

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" "$BASE/api/messages?limit=1" || true)
[ "$code" = 200 ] || fail "GET /api/messages answered $code"

# Twilio is not reachable from a smoke test: the send is stored and answered with a problem naming it.
sent=$(curl -s -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
       -d '{"to":"+15005550006","body":"smoke test"}' "$BASE/api/messages" || true)
id=$(echo "$sent" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("id") or d.get("messageId") or "")' \
     2>/dev/null || true)
[ -n "$id" ] || fail "send stored nothing: $sent"

sid="SM$(openssl rand -hex 16)"
url="$BASE/twilio/status?messageId=$id"
sig=$(printf '%s' "${url}MessageSid${sid}MessageStatusdelivered" | openssl dgst -sha1 -hmac "$TOKEN" -binary | base64)
code=$(curl -s -o /dev/null -w '%{http_code}' --data-urlencode "MessageSid=$sid" \
       --data-urlencode "MessageStatus=delivered" "$url" || true)
[ "$code" = 403 ] || fail "unsigned callback answered $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Twilio-Signature: $sig" --data-urlencode "MessageSid=$sid" \
       --data-urlencode "MessageStatus=delivered" "$url" || true)
[ "$code" = 204 ] || fail "signed callback answered $code"

history=$(curl -s -H "Authorization: Bearer $KEY" "$BASE/api/messages/$id/events" | python3 -c \
    'import json,sys; print(",".join(e["status"] + "/" + e["source"] for e in json.load(sys.stdin)))' || true)
[ "$history" = "failed/api,delivered/callback" ] || fail "history of $id is '$history'"
echo "smoke test passed against $BASE (message $id)"
