// The server is being written.
export {};
