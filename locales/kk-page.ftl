### The page messages (the core ones are in kk.ftl).
