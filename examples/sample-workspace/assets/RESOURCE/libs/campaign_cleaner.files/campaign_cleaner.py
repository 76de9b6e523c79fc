import sys


def clean(line):
    return line.strip().lower()


if __name__ == '__main__':
    for line in sys.stdin:
        print(clean(line))
