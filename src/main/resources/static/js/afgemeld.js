/* The page after signing out at the identity provider: static; it only marks itself ready. */
document.body.dataset.ready = 'true';
