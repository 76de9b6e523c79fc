#!/bin/bash
curl -fsS "https://export.example.com/sales?batch=$2" | hdfs dfs -put - "$1/sales.json"
