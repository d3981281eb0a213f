/** The pack my own tips live in ("my tips" everywhere, including the exchange file). */
export const LOCAL_PACK_ID = 'local';

/** The pack the tips my partner wrote get in this browser (from exchange files). */
export const PARTNER_PACK_ID = 'partner';
