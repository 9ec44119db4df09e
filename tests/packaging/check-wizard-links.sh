#!/usr/bin/env bash
# The GUI runs its sandbox as a child process (`okta-jwt sandbox`): okta-jwt-wizard must link neither the
# simulators (owz_sandbox, a static library, so their classes would show as symbols) nor the HTTP server
# and WebSockets libraries they pull in. okta-jwt, which runs them, does link them.
set -euo pipefail
bin=$1/bin
fail() { echo "FAIL: $*" >&2; exit 1; }

libs=$(ldd "$bin/okta-jwt-wizard")
if grep -Ei 'HttpServer|WebSockets' <<<"$libs"; then
    fail "okta-jwt-wizard links the above"
fi
grep -qi 'HttpServer' <<<"$(ldd "$bin/okta-jwt")" || fail "okta-jwt no longer links Qt HttpServer: is ldd working?"

symbols=$(nm -C "$bin/okta-jwt-wizard")
if grep -E ' (OktaSandbox|AdminSandbox|Sandbox)::' <<<"$symbols" | head -5 | grep .; then
    fail "okta-jwt-wizard links the simulators (owz_sandbox)"
fi
grep -q ' OktaSandbox::' <<<"$(nm -C "$bin/okta-jwt")" || fail "okta-jwt has no OktaSandbox symbol: is nm working?"
echo "okta-jwt-wizard links no sandbox, Qt HttpServer or WebSockets"
