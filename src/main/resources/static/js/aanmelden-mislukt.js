/*
 * The page after a sign-in at the identity provider that Netwerkkaart could not accept. With ?ontbreekt=rol,gemeente
 * (set by the service, see OidcSignIn) it says what the user's account lacks; otherwise the page's own text stands.
 */

const MISSING = {
    rol: 'Uw account heeft geen rol voor Netwerkkaart (gezinscoach, beroepskracht, gemeente of beheerder).',
    gemeente: 'Uw account is niet gekoppeld aan een gemeente.',
    beroepskracht: 'Uw account is niet gekoppeld aan een beroepskracht in Netwerkkaart; dat is nodig voor '
        + 'gezinscoaches en beroepskrachten.'
};

{
    const missing = (new URLSearchParams(window.location.search).get('ontbreekt') || '')
        .split(',').filter(key => Object.hasOwn(MISSING, key));
    if (missing.length) {
        showMissing(missing);
    }
    document.body.dataset.ready = 'true';
}

function showMissing(missing) {
    const melding = document.getElementById('melding');
    melding.textContent = '';
    const lines = ['U bent aangemeld bij uw gemeente, maar kunt Netwerkkaart nog niet gebruiken.',
        ...missing.map(key => MISSING[key]),
        'Vraag uw beheerder om dit in te stellen in het aanmeldsysteem van de gemeente, en meld u daarna opnieuw aan.'];
    for (const line of lines) {
        const p = document.createElement('p');
        p.textContent = line;
        melding.appendChild(p);
    }
}
