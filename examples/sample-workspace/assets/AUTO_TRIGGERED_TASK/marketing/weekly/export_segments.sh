#!/bin/sh
set -eu
odpscmd -e "tunnel download attribution/dt=${bizdate} segments.csv"
