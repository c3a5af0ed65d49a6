### The charts messages (the core ones are in en.ftl).
