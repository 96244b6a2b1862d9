import { useState } from 'react';
import classes from './AssetThumbnail.module.css';

/**
 * The first page of an asset's document, in a box of fixed shape with a neutral background until it loads. The
 * alt text is empty: the card's title next to it is the link and says what it is.
 */
export function AssetThumbnail({ src }: { src: string }) {
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div className={classes.box} data-testid="asset-thumbnail">
      {failed ? null : (
        <img
          className={classes.image}
          src={src}
          alt=""
          loading="lazy"
          decoding="async"
          data-loaded={loaded || undefined}
          onLoad={() => setLoaded(true)}
          onError={() => setFailed(true)}
        />
      )}
    </div>
  );
}
