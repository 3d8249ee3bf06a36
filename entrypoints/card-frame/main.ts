import { browser } from 'wxt/browser';
import { startCardFrame } from '../../src/card-frame/start-card-frame';
import '../../src/card-frame/card-frame.css';

startCardFrame(window, document.getElementById('card')!, browser.extension.inIncognitoContext);
