// role on every component: WeChat reads it (as aria-role, see config/weapp-aria) and so do browsers; Taro's types
// declare it on View only.
import '@tarojs/components'

declare module '@tarojs/components/types/Text' {
  interface TextProps {
    role?: string
  }
}
declare module '@tarojs/components/types/ScrollView' {
  interface ScrollViewProps {
    role?: string
  }
}
declare module '@tarojs/components/types/Image' {
  interface ImageProps {
    role?: string
  }
}
