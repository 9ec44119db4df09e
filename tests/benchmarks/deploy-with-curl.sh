#!/bin/sh
# The deploy benchmark's baseline (tests/benchmarks, `make bench`): the requests `okta-jwt deploy` makes,
# one curl after the other. Usage: deploy-with-curl.sh ISSUER ADMIN_API PROJECT_ID CLIENT_APP_ID PROVIDER_JSON
# with MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY set. For the local sandbox only.
set -eu
issuer=$1 base=$2 group=$3 client=$4 provider=$5
c() { curl -fsS --max-time 5 "$@"; }
# A failed call must stop the script, not feed an empty id to the next one (sh has no pipefail, so each id
# is checked; jq -e fails on a missing value).
need() { [ -n "$1" ] || { echo "deploy-with-curl: no $2" >&2; exit 1; }; }

c "$issuer/.well-known/openid-configuration" >/dev/null
token=$(printf '{"username":"%s","apiKey":"%s"}' "$MONGODB_ATLAS_PUBLIC_API_KEY" "$MONGODB_ATLAS_PRIVATE_API_KEY" |
    c -X POST -H 'Content-Type: application/json' --data-binary @- "$base/auth/providers/mongodb-cloud/login" |
    jq -er .access_token)
need "$token" "access token"
auth="Authorization: Bearer $token"
app=$(c -H "$auth" "$base/groups/$group/apps?product=standard,atlas,data-api,device-sync" |
    jq -er --arg c "$client" '.[] | select(.client_app_id == $c) | ._id')
need "$app" "App $client"
providers="$base/groups/$group/apps/$app/auth_providers"
list=$(c -H "$auth" "$providers")
id=$(printf '%s' "$list" | jq -r '.[] | select(.type == "custom-token") | ._id')
if [ -z "$id" ]; then
    c -X POST -H "$auth" -H 'Content-Type: application/json' --data-binary "@$provider" "$providers" >/dev/null
else
    c -H "$auth" "$providers/$id" >/dev/null
    jq --arg id "$id" '. + {_id: $id}' "$provider" |
        c -X PATCH -H "$auth" -H 'Content-Type: application/json' --data-binary @- "$providers/$id" >/dev/null
fi
