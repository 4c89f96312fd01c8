import './hooks-BdfQOnsb.js';
// src/widget/ui/button.css.ts
var e = {
    primary: 'ia5q01 ia5q00',
    secondary: 'ia5q02 ia5q00',
  },
  t = 'ia5q03';
export { e as n, t };
