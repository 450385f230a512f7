// The STOMP 1.2 client the pages use (vendor/stomp.js).
export { Client } from '@stomp/stompjs';
