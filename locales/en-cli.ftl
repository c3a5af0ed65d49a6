### The cli messages (the core ones are in en.ftl).
