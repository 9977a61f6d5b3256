"""Item pipelines: validate/normalise, then archive in batches."""
