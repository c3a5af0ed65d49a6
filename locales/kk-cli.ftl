### The cli messages (the core ones are in kk.ftl).
