#!/bin/bash
hdfs dfs -test -e "$1/sales.json"
