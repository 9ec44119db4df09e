#!/usr/bin/env bash
# The GUI runs its sandbox as a child process (`okta-jwt sandbox`): okta-jwt-wizard must not link the simulators
# (owz_sandbox, a static library, so their classes would show as symbols). It does link Qt HttpServer, for the
# one-request loopback listener of "Sign in with Okta"; okta-jwt, which runs the simulators, links both.
set -euo pipefail
bin=$1/bin
fail() { echo "FAIL: $*" >&2; exit 1; }

symbols=$(nm -C "$bin/okta-jwt-wizard")
if grep -E ' (OktaSandbox|AdminSandbox|AppServicesSandbox|OktaManagementSandbox|Sandbox)::' <<<"$symbols" |
    head -5 | grep .; then
    fail "okta-jwt-wizard links the simulators (owz_sandbox)"
fi
grep -q ' LoopbackListener::' <<<"$symbols" || fail "okta-jwt-wizard has no LoopbackListener symbol: is nm working?"
grep -q ' OktaSandbox::' <<<"$(nm -C "$bin/okta-jwt")" || fail "okta-jwt has no OktaSandbox symbol: is nm working?"
echo "okta-jwt-wizard links no simulator"
