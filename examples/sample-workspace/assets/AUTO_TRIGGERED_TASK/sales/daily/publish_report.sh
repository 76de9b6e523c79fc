#!/bin/sh
set -eu
echo "publishing sales report for ${bizdate}"
curl -fsS -X POST "$DASHBOARD_URL/refresh?dt=${bizdate}"
