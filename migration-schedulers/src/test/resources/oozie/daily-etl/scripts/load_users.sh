#!/bin/bash
set -euo pipefail
target="$1"
hdfs dfs -rm -r -f "$target"
sqoop import --connect jdbc:mysql://db.internal:3306/shop --table users --target-dir "$target"
