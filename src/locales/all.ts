/** Every language pack the kit ships (German, Arabic). */
import './de.js';
import './ar.js';
