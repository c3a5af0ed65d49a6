### The charts messages (the core ones are in kk.ftl).
