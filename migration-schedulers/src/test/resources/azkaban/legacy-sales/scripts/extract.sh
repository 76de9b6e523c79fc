#!/bin/bash
hdfs dfs -put -f "/staging/$(basename "$1")" "$1"
