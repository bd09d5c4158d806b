"""SafeHelper's benchmarks: figures against baselines measured in the same run.

Run ``python -m benchmarks``. Nothing here is a test; nothing here can fail CI.
"""
