// a plain script file of the site
