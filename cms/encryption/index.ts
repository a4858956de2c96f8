/** What the wiring file, the server and the scripts use of the encryption helpers (collections use personalField directly). */
export * from './data-keyring'
export * from './encrypt-personal-data'
export * from './find-unreadable-data'
export * from './reencrypt-personal-data'
export * from './unreadable-data-problem'
