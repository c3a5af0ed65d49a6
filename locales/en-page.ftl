### The page messages (the core ones are in en.ftl).
