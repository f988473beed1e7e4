#!/bin/sh
# Registers the custom search attributes Tributary's runs carry (see
# SEARCH_ATTRIBUTES in workflows/src/run-flow.contract.ts). Safe to run again:
# attributes that exist are left alone. Runs in temporalio/admin-tools with
# TEMPORAL_ADDRESS pointing at the frontend.
set -eu

namespace="${TEMPORAL_NAMESPACE:-default}"

# auto-setup creates the namespace in the background after the frontend is up.
tries=0
until temporal operator namespace describe --namespace "$namespace" >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ]; then
    echo "namespace $namespace did not appear within 60 s" >&2
    exit 1
  fi
  sleep 1
done

existing="$(temporal operator search-attribute list --namespace "$namespace")"

register() {
  if printf '%s\n' "$existing" | grep -qw "$1"; then
    echo "search attribute $1 already registered"
  else
    temporal operator search-attribute create --namespace "$namespace" --name "$1" --type "$2"
    echo "search attribute $1 ($2) registered"
  fi
}

register TributaryFlow Keyword
register TributaryFlowVersion Int
register TributaryTrigger Keyword
