"""Site spiders: one module per site or CMS family. The spider ``name`` is the site key."""
