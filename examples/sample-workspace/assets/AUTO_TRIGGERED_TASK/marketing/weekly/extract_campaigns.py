import subprocess
subprocess.run(['python', 'campaign_cleaner.py'], check=True)
