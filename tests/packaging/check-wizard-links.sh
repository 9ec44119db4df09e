#!/usr/bin/env bash
# The GUI runs its sandbox as a child process (`okta-jwt sandbox`): okta-jwt-wizard must link neither the
# simulators (owz_sandbox, a static library, so their classes would show as symbols) nor the HTTP server and
# WebSockets libraries they pull in (its ELF NEEDED entries; "Sign in with Okta" listens with plain QTcpServer).
# okta-jwt, which runs the simulators, links both.
set -euo pipefail
bin=$1/bin
fail() { echo "FAIL: $*" >&2; exit 1; }
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'; }

wizardLibs=$(needed "$bin/okta-jwt-wizard")
grep -q '^libQt6Network\.so' <<<"$wizardLibs" || fail "okta-jwt-wizard needs no libQt6Network: is readelf working?"
if grep -E '^libQt6(HttpServer|WebSockets)\.so' <<<"$wizardLibs"; then
    fail "okta-jwt-wizard needs the above"
fi
grep -q '^libQt6HttpServer\.so' <<<"$(needed "$bin/okta-jwt")" ||
    fail "okta-jwt no longer needs libQt6HttpServer: is readelf working?"

symbols=$(nm -C "$bin/okta-jwt-wizard")
if grep -E ' (OktaSandbox|AdminSandbox|AppServicesSandbox|OktaManagementSandbox|Sandbox)::' <<<"$symbols" |
    head -5 | grep .; then
    fail "okta-jwt-wizard links the simulators (owz_sandbox)"
fi
grep -q ' LoopbackListener::' <<<"$symbols" || fail "okta-jwt-wizard has no LoopbackListener symbol: is nm working?"
grep -q ' OktaSandbox::' <<<"$(nm -C "$bin/okta-jwt")" || fail "okta-jwt has no OktaSandbox symbol: is nm working?"
echo "okta-jwt-wizard links no simulator, Qt HttpServer or WebSockets"
