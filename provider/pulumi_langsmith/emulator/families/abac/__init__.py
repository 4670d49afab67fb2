"""The ABAC family: resource tags (tag keys, tag values, taggings) and access policies, enforced on the routes
that address a taggable resource (see `enforce.py`)."""
